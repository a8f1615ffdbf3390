from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/latest.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_groups = resolve('groups')
    l_0_t = resolve('t')
    l_0_feed_href = resolve('feed_href')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield '<section class="il-latest" aria-labelledby="il-latest">\n<h2 id="il-latest">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'latest'))
        yield '</h2>\n<ol class="il-timeline">\n'
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext((undefined(name='groups') if l_0_groups is missing else l_0_groups), undefined):
            _loop_vars = {}
            pass
            yield '  <li><time datetime="'
            yield escape(context.call(environment.getattr(environment.getattr(l_1_g, 'date'), 'isoformat'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr(context.call(environment.getattr(environment.getattr(l_1_g, 'date'), 'date'), _loop_vars=_loop_vars), 'isoformat'), _loop_vars=_loop_vars))
            yield '</time>\n    <a href="'
            yield escape(environment.getattr(l_1_g, 'plan_href'))
            yield '">'
            yield escape(environment.getattr(l_1_g, 'agency'))
            yield ' '
            yield escape(environment.getattr(environment.getattr(l_1_g, 'change'), 'year'))
            yield '</a>:\n'
            if (t_2(environment.getattr(l_1_g, 'measures')) <= 3):
                pass
                l_2_loop = missing
                for l_2_m, l_2_loop in LoopContext(environment.getattr(l_1_g, 'measures'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<a href="'
                    yield escape(environment.getattr(l_2_m, 'href'))
                    yield '">'
                    yield escape(environment.getattr(environment.getattr(l_2_m, 'change'), 'number'))
                    yield '</a> '
                    yield escape(t_1(context.eval_ctx, environment.getattr(l_2_m, 'phrases'), '; '))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield ' · '
                l_2_loop = l_2_m = missing
            else:
                pass
                yield '      '
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'measures_changed', count=t_2(environment.getattr(l_1_g, 'measures')), _loop_vars=_loop_vars))
                yield '\n      ('
                l_2_loop = missing
                for l_2_m, l_2_loop in LoopContext(environment.getattr(l_1_g, 'measures'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<a href="'
                    yield escape(environment.getattr(l_2_m, 'href'))
                    yield '">'
                    yield escape(environment.getattr(environment.getattr(l_2_m, 'change'), 'number'))
                    yield '</a>'
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield ', '
                l_2_loop = l_2_m = missing
                yield ')\n'
            if environment.getattr(l_1_g, 'pr_url'):
                pass
                yield ' · <a href="'
                yield escape(environment.getattr(l_1_g, 'pr_url'))
                yield '">'
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'pull_request', n=environment.getattr(l_1_g, 'pr'), _loop_vars=_loop_vars))
                yield '</a>'
            yield '</li>\n'
        l_1_loop = l_1_g = missing
        yield '</ol>\n'
        if (undefined(name='feed_href') if l_0_feed_href is missing else l_0_feed_href):
            pass
            yield '<p><a href="'
            yield escape((undefined(name='feed_href') if l_0_feed_href is missing else l_0_feed_href))
            yield '">'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'feed'))
            yield '</a></p>'
        yield '</section>\n'

blocks = {}
debug_info = '3=26&5=29&7=32&8=36&9=40&10=46&11=49&13=65&14=68&16=81&19=91'
# Generated by scripts/compile-templates from partials/latest.html, Jinja 3.1.6
