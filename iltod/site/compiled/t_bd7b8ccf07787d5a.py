from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/timeline.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_last_updated = resolve('last_updated')
    l_0_entries = resolve('entries')
    l_0_feedback_url = resolve('feedback_url')
    pass
    yield '<section class="il-history" aria-labelledby="il-history">\n<h2 id="il-history">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'history'))
    yield '</h2>\n'
    if (undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated):
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'last_updated'))
        yield ': <time datetime="'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated), 'date'), 'isoformat')))
        yield '">'
        yield escape(context.call(environment.getattr(context.call(environment.getattr(environment.getattr((undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated), 'date'), 'date')), 'isoformat')))
        yield '</time></p>'
    if (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        pass
        yield '<ol class="il-timeline">\n'
        for l_1_e in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
            l_1_sub = resolve('sub')
            _loop_vars = {}
            pass
            yield '  <li id="'
            yield escape(environment.getattr(l_1_e, 'anchor'))
            yield '">\n    <ul>'
            for l_2_phrase in environment.getattr(l_1_e, 'phrases'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_2_phrase)
                yield '</li>'
            l_2_phrase = missing
            yield '</ul>\n    <p>'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'published', _loop_vars=_loop_vars))
            yield ' <time datetime="'
            yield escape(context.call(environment.getattr(environment.getattr(l_1_e, 'date'), 'isoformat'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr(context.call(environment.getattr(environment.getattr(l_1_e, 'date'), 'date'), _loop_vars=_loop_vars), 'isoformat'), _loop_vars=_loop_vars))
            yield '</time> · '
            yield escape(environment.getattr(l_1_e, 'agency'))
            if environment.getattr(l_1_e, 'pr_url'):
                pass
                yield ' · <a href="'
                yield escape(environment.getattr(l_1_e, 'pr_url'))
                yield '">'
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'pull_request', n=environment.getattr(l_1_e, 'pr'), _loop_vars=_loop_vars))
                yield '</a>'
            yield '</p>\n'
            if environment.getattr(l_1_e, 'submission'):
                pass
                l_1_sub = environment.getattr(environment.getattr(l_1_e, 'submission'), 's')
                _loop_vars['sub'] = l_1_sub
                yield '<p class="il-submitted">'
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'submitted_report', file=environment.getattr((undefined(name='sub') if l_1_sub is missing else l_1_sub), 'file'), sha=environment.getattr((undefined(name='sub') if l_1_sub is missing else l_1_sub), 'sha256')[:16], who=(environment.getattr((undefined(name='sub') if l_1_sub is missing else l_1_sub), 'submitter') or '—'), _loop_vars=_loop_vars))
                yield ' '
                if environment.getattr(environment.getattr(l_1_e, 'submission'), 'issue_url'):
                    pass
                    yield '<a href="'
                    yield escape(environment.getattr(environment.getattr(l_1_e, 'submission'), 'issue_url'))
                    yield '">#'
                    yield escape(environment.getattr((undefined(name='sub') if l_1_sub is missing else l_1_sub), 'issue'))
                    yield '</a>'
                else:
                    pass
                    yield '#'
                    yield escape(environment.getattr((undefined(name='sub') if l_1_sub is missing else l_1_sub), 'issue'))
                yield '</p>'
            yield '    <details class="il-change-details"><summary>'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'change_details', _loop_vars=_loop_vars))
            yield '</summary>\n    <p class="il-muted">'
            if environment.getattr(l_1_e, 'message'):
                pass
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'change_message', _loop_vars=_loop_vars))
                yield ': '
                yield escape(environment.getattr(l_1_e, 'message'))
                yield ' · '
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'change_author', _loop_vars=_loop_vars))
            yield ': '
            yield escape(environment.getattr(l_1_e, 'author'))
            yield ' · '
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'change_commit', _loop_vars=_loop_vars))
            yield ' '
            if environment.getattr(l_1_e, 'commit_url'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_e, 'commit_url'))
                yield '">'
                yield escape(environment.getattr(environment.getattr(environment.getattr(l_1_e, 'change'), 'commit'), 'short'))
                yield '</a>'
            else:
                pass
                yield escape(environment.getattr(environment.getattr(environment.getattr(l_1_e, 'change'), 'commit'), 'short'))
            yield '</p></details></li>\n'
        l_1_e = l_1_sub = missing
        yield '</ol>\n'
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_history'))
        yield '</p>\n'
    if (undefined(name='feedback_url') if l_0_feedback_url is missing else l_0_feedback_url):
        pass
        yield '<p class="il-feedback"><a href="'
        yield escape((undefined(name='feedback_url') if l_0_feedback_url is missing else l_0_feedback_url))
        yield '">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report_problem'))
        yield '</a></p>'
    yield '</section>'

blocks = {}
debug_info = '6=16&7=18&8=27&10=30&11=35&12=37&13=45&14=60&15=80&16=82&20=110&22=112'
# Generated by scripts/compile-templates from partials/timeline.html, Jinja 3.1.6
