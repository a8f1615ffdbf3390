from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/nav.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_config = resolve('config')
    l_0_nav = resolve('nav')
    l_0_rows = l_0_in_region = missing
    try:
        t_1 = environment.filters['d']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'd' found.")
    try:
        t_2 = environment.filters['e']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'e' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    try:
        t_7 = environment.tests['is_region_section']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'is_region_section' found.")
    pass
    l_0_rows = context.vars['rows'] = environment.get_template('partials/il-nav-items.html', 'partials/nav.html').make_module(context.get_all(), True, {'in_region': l_0_in_region, 'rows': l_0_rows})
    context.exported_vars.discard('rows')
    yield '\n<nav class="md-nav md-nav--primary il-nav" aria-label="'
    yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'nav'))
    yield '" data-md-level="0">\n  <label class="md-nav__title" for="__drawer">\n    <a href="'
    yield str(t_6(context, t_1(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'homepage'), environment.getattr(environment.getattr((undefined(name='nav') if l_0_nav is missing else l_0_nav), 'homepage'), 'url'), True)))
    yield '" title="'
    yield str(t_2(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name')))
    yield '" class="md-nav__button md-logo" aria-label="'
    yield str(t_2(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name')))
    yield '" data-md-component="logo">\n      '
    template = environment.get_template('partials/logo.html', 'partials/nav.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'in_region': l_0_in_region, 'rows': l_0_rows}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    </a>\n    '
    yield str(t_2(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name')))
    yield '\n  </label>\n  <ul class="md-nav__list" data-md-scrollfix>\n    '
    l_0_in_region = t_3(context.eval_ctx, t_4(context, t_5(context, environment.getattr((undefined(name='nav') if l_0_nav is missing else l_0_nav), 'items'), 'active'), 'is_region_section'))
    context.vars['in_region'] = l_0_in_region
    context.exported_vars.add('in_region')
    yield '\n    '
    for l_1_item in environment.getattr((undefined(name='nav') if l_0_nav is missing else l_0_nav), 'items'):
        _loop_vars = {}
        pass
        yield '\n      '
        if (environment.getattr(l_1_item, 'is_section') and environment.getattr(l_1_item, 'active')):
            pass
            yield '\n        '
            yield str(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'path'), l_1_item, 1, _loop_vars=_loop_vars))
            yield '\n      '
        elif (not ((undefined(name='in_region') if l_0_in_region is missing else l_0_in_region) and t_7(l_1_item))):
            pass
            yield '\n        '
            yield str(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'link'), l_1_item, 1, _loop_vars=_loop_vars))
            yield '\n      '
        yield '\n    '
    l_1_item = missing
    yield '\n  </ul>\n</nav>'

blocks = {}
debug_info = '8=57&9=60&11=62&12=68&14=75&17=77&18=81&19=85&20=88&21=90&22=93'
# Generated by scripts/compile-templates from partials/nav.html, Jinja 3.1.6
