from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/footer.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_features = resolve('features')
    l_0_page = resolve('page')
    l_0_hidden = resolve('hidden')
    l_0_lang = resolve('lang')
    l_0_direction = resolve('direction')
    l_0_config = resolve('config')
    l_0_icon = resolve('icon')
    l_0_iltod = resolve('iltod')
    try:
        t_1 = environment.filters['e']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'e' found.")
    try:
        t_2 = environment.filters['striptags']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'striptags' found.")
    try:
        t_3 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    try:
        t_4 = environment.tests['mongolian']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'mongolian' found.")
    pass
    yield '<footer class="md-footer">\n  '
    if ('navigation.footer' in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n    '
        if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page') or environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page')):
            pass
            yield '\n      '
            if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')):
                pass
                yield '\n        '
                l_0_hidden = ('hidden' if ('footer' in environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')) else cond_expr_undefined("the inline if-expression on line 7 in 'partials/footer.html' evaluated to false and no else section was defined."))
                context.vars['hidden'] = l_0_hidden
                context.exported_vars.add('hidden')
                yield '\n      '
            yield '\n      <nav class="md-footer__inner md-grid" aria-label="'
            yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'footer'))
            yield '" '
            yield str((undefined(name='hidden') if l_0_hidden is missing else l_0_hidden))
            yield '>\n        '
            if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'):
                pass
                yield '\n          '
                l_0_direction = context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'footer.previous')
                context.vars['direction'] = l_0_direction
                context.exported_vars.add('direction')
                yield '\n          <a href="'
                yield str(t_3(context, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'), 'url')))
                yield '" class="md-footer__link md-footer__link--prev" aria-label="'
                yield str((undefined(name='direction') if l_0_direction is missing else l_0_direction))
                yield ': '
                yield str(t_1(t_2(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'), 'title'))))
                yield '">\n            <div class="md-footer__button md-icon">\n              '
                l_0_icon = (environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'previous') or 'material/arrow-left')
                context.vars['icon'] = l_0_icon
                context.exported_vars.add('icon')
                yield '\n              '
                template = environment.get_or_select_template(str_join(('.icons/', (undefined(name='icon') if l_0_icon is missing else l_0_icon), '.svg', )), 'partials/footer.html')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'direction': l_0_direction, 'hidden': l_0_hidden, 'icon': l_0_icon}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                yield '\n            </div>\n            <div class="md-footer__title">\n              <span class="md-footer__direction">\n                '
                yield str((undefined(name='direction') if l_0_direction is missing else l_0_direction))
                yield '\n              </span>\n              <div class="md-ellipsis"'
                if ((environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'language') != 'mn') and t_4(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'), 'title'))):
                    pass
                    yield ' lang="mn"'
                yield '>\n                '
                yield str(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'), 'title'))
                yield '\n              </div>\n            </div>\n          </a>\n        '
            yield '\n        '
            if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'):
                pass
                yield '\n          '
                l_0_direction = context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'footer.next')
                context.vars['direction'] = l_0_direction
                context.exported_vars.add('direction')
                yield '\n          <a href="'
                yield str(t_3(context, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'), 'url')))
                yield '" class="md-footer__link md-footer__link--next" aria-label="'
                yield str((undefined(name='direction') if l_0_direction is missing else l_0_direction))
                yield ': '
                yield str(t_1(t_2(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'), 'title'))))
                yield '">\n            <div class="md-footer__title">\n              <span class="md-footer__direction">\n                '
                yield str((undefined(name='direction') if l_0_direction is missing else l_0_direction))
                yield '\n              </span>\n              <div class="md-ellipsis"'
                if ((environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'language') != 'mn') and t_4(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'), 'title'))):
                    pass
                    yield ' lang="mn"'
                yield '>\n                '
                yield str(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'), 'title'))
                yield '\n              </div>\n            </div>\n            <div class="md-footer__button md-icon">\n              '
                l_0_icon = (environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'next') or 'material/arrow-right')
                context.vars['icon'] = l_0_icon
                context.exported_vars.add('icon')
                yield '\n              '
                template = environment.get_or_select_template(str_join(('.icons/', (undefined(name='icon') if l_0_icon is missing else l_0_icon), '.svg', )), 'partials/footer.html')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'direction': l_0_direction, 'hidden': l_0_hidden, 'icon': l_0_icon}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                yield '\n            </div>\n          </a>\n        '
            yield '\n      </nav>\n    '
        yield '\n  '
    yield '\n  <div class="md-footer-meta md-typeset">\n    <div class="md-footer-meta__inner md-grid">\n      '
    template = environment.get_template('partials/copyright.html', 'partials/footer.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'direction': l_0_direction, 'hidden': l_0_hidden, 'icon': l_0_icon}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n      '
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'social'):
        pass
        yield '\n        '
        template = environment.get_template('partials/social.html', 'partials/footer.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'direction': l_0_direction, 'hidden': l_0_hidden, 'icon': l_0_icon}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n      '
    yield '\n    </div>\n  </div>\n</footer>'

blocks = {}
debug_info = '4=44&5=47&6=50&7=53&9=58&10=62&11=65&12=69&14=75&15=79&19=86&21=88&22=92&27=95&28=98&29=102&32=108&34=110&35=114&39=116&40=120&49=130&50=137&51=140'
# Generated by scripts/compile-templates from partials/footer.html, Jinja 3.1.6
