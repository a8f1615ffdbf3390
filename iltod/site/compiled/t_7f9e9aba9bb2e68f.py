from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/feedback.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_config = resolve('config')
    l_0_feedback = resolve('feedback')
    l_0_page = resolve('page')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_2 = environment.filters['urlencode']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'urlencode' found.")
    pass
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'analytics'):
        pass
        yield '\n  '
        l_0_feedback = environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'analytics'), 'feedback')
        context.vars['feedback'] = l_0_feedback
        context.exported_vars.add('feedback')
        yield '\n'
    yield '\n'
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')):
        pass
        yield '\n  '
        if ('feedback' in environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')):
            pass
            yield '\n    '
            l_0_feedback = None
            context.vars['feedback'] = l_0_feedback
            context.exported_vars.add('feedback')
            yield '\n  '
        yield '\n'
    yield '\n'
    if (undefined(name='feedback') if l_0_feedback is missing else l_0_feedback):
        pass
        yield '\n  <form class="md-feedback" name="feedback" hidden>\n    <fieldset>\n      <legend class="md-feedback__title">\n        '
        yield str(environment.getattr((undefined(name='feedback') if l_0_feedback is missing else l_0_feedback), 'title'))
        yield '\n      </legend>\n      <div class="md-feedback__inner">\n        <div class="md-feedback__list">\n          '
        for l_1_rating in environment.getattr((undefined(name='feedback') if l_0_feedback is missing else l_0_feedback), 'ratings'):
            _loop_vars = {}
            pass
            yield '\n            <button class="md-feedback__icon md-icon" type="submit" title="'
            yield str(environment.getattr(l_1_rating, 'name'))
            yield '" data-md-value="'
            yield str(environment.getattr(l_1_rating, 'data'))
            yield '">\n              '
            template = environment.get_or_select_template(str_join(('.icons/', environment.getattr(l_1_rating, 'icon'), '.svg', )), 'partials/feedback.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'rating': l_1_rating, 'feedback': l_0_feedback}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n            </button>\n          '
        l_1_rating = missing
        yield '\n        </div>\n        <div class="md-feedback__note">\n          '
        for l_1_rating in environment.getattr((undefined(name='feedback') if l_0_feedback is missing else l_0_feedback), 'ratings'):
            l_1_title = resolve('title')
            l_1_url = l_1_note = missing
            _loop_vars = {}
            pass
            yield '\n            <div data-md-value="'
            yield str(environment.getattr(l_1_rating, 'data'))
            yield '" hidden>\n              '
            l_1_url = str_join(('/', environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url'), ))
            _loop_vars['url'] = l_1_url
            yield '\n              '
            if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title')):
                pass
                yield '\n                '
                l_1_title = t_2(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title'))
                _loop_vars['title'] = l_1_title
                yield '\n              '
            else:
                pass
                yield '\n                '
                l_1_title = t_2(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
                _loop_vars['title'] = l_1_title
                yield '\n              '
            yield '\n              '
            l_1_note = environment.getattr(l_1_rating, 'note')
            _loop_vars['note'] = l_1_note
            yield '\n              '
            if (undefined(name='note') if l_1_note is missing else l_1_note):
                pass
                yield '\n                '
                l_1_note = t_1(context.eval_ctx, (undefined(name='note') if l_1_note is missing else l_1_note), '{url}', (undefined(name='url') if l_1_url is missing else l_1_url))
                _loop_vars['note'] = l_1_note
                yield '\n                '
                l_1_note = t_1(context.eval_ctx, (undefined(name='note') if l_1_note is missing else l_1_note), '{title}', (undefined(name='title') if l_1_title is missing else l_1_title))
                _loop_vars['note'] = l_1_note
                yield '\n              '
            yield '\n              '
            yield str((undefined(name='note') if l_1_note is missing else l_1_note))
            yield '\n            </div>\n          '
        l_1_rating = l_1_url = l_1_title = l_1_note = missing
        yield '\n        </div>\n      </div>\n    </fieldset>\n  </form>\n'

blocks = {}
debug_info = '4=26&5=29&7=34&8=37&9=40&12=46&16=49&20=51&21=55&22=59&27=68&28=74&29=76&30=79&31=82&33=88&35=92&36=95&37=98&38=101&40=105'
# Generated by scripts/compile-templates from partials/feedback.html, Jinja 3.1.6
