from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/header.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_features = resolve('features')
    l_0_lang = resolve('lang')
    l_0_config = resolve('config')
    l_0_nav = resolve('nav')
    l_0_page = resolve('page')
    l_0_iltod = resolve('iltod')
    l_0_class = l_0_icon = l_0_topic = missing
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
        t_3 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    try:
        t_4 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    try:
        t_5 = environment.tests['mapping']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'mapping' found.")
    try:
        t_6 = environment.tests['mongolian']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'mongolian' found.")
    pass
    l_0_class = 'md-header'
    context.vars['class'] = l_0_class
    context.exported_vars.add('class')
    yield '\n'
    if ('navigation.tabs.sticky' in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n  '
        l_0_class = str_join(((undefined(name='class') if l_0_class is missing else l_0_class), ' md-header--shadow md-header--lifted', ))
        context.vars['class'] = l_0_class
        context.exported_vars.add('class')
        yield '\n'
    elif ('navigation.tabs' not in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n  '
        l_0_class = str_join(((undefined(name='class') if l_0_class is missing else l_0_class), ' md-header--shadow', ))
        context.vars['class'] = l_0_class
        context.exported_vars.add('class')
        yield '\n'
    yield '\n<header class="'
    yield str((undefined(name='class') if l_0_class is missing else l_0_class))
    yield '" data-md-component="header">\n  <nav class="md-header__inner md-grid" aria-label="'
    yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'header'))
    yield '">\n    <a href="'
    yield str(t_4(context, t_1(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'homepage'), environment.getattr(environment.getattr((undefined(name='nav') if l_0_nav is missing else l_0_nav), 'homepage'), 'url'), True)))
    yield '" title="'
    yield str(t_2(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name')))
    yield '" class="md-header__button md-logo" aria-label="'
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name'))
    yield '" data-md-component="logo">\n      '
    template = environment.get_template('partials/logo.html', 'partials/header.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'class': l_0_class, 'icon': l_0_icon, 'topic': l_0_topic}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    </a>\n    <label class="md-header__button md-icon" for="__drawer">\n      '
    l_0_icon = (environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'menu') or 'material/menu')
    context.vars['icon'] = l_0_icon
    context.exported_vars.add('icon')
    yield '\n      '
    template = environment.get_or_select_template(str_join(('.icons/', (undefined(name='icon') if l_0_icon is missing else l_0_icon), '.svg', )), 'partials/header.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'class': l_0_class, 'icon': l_0_icon, 'topic': l_0_topic}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    </label>\n    <div class="md-header__title" data-md-component="header-title">\n      <div class="md-header__ellipsis">\n        <div class="md-header__topic">\n          <span class="md-ellipsis">\n            '
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name'))
    yield '\n          </span>\n        </div>\n        '
    l_0_topic = (environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title') if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title')) else (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') if (undefined(name='page') if l_0_page is missing else l_0_page) else ''))
    context.vars['topic'] = l_0_topic
    context.exported_vars.add('topic')
    yield '\n        <div class="md-header__topic" data-md-component="header-topic">\n          <span class="md-ellipsis"'
    if ((environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'language') != 'mn') and t_6((undefined(name='topic') if l_0_topic is missing else l_0_topic))):
        pass
        yield ' lang="mn"'
    yield '>'
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title')):
        pass
        yield '\n              '
        yield str(t_3(environment, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title'), 120, end='…'))
        yield '\n            '
    else:
        pass
        yield '\n              '
        yield str(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
        yield '\n            '
    yield '\n          </span>\n        </div>\n      </div>\n    </div>'
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'palette'):
        pass
        yield '\n      '
        if (not t_5(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'palette'))):
            pass
            yield '\n        '
            template = environment.get_template('partials/palette.html', 'partials/header.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'class': l_0_class, 'icon': l_0_icon, 'topic': l_0_topic}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n        '
            template = environment.get_template('partials/javascripts/palette.html', 'partials/header.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'class': l_0_class, 'icon': l_0_icon, 'topic': l_0_topic}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n      '
        yield '\n    '
    yield '\n    '
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'alternate'):
        pass
        yield '\n      '
        template = environment.get_template('partials/alternate.html', 'partials/header.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'class': l_0_class, 'icon': l_0_icon, 'topic': l_0_topic}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n    '
    yield '<div class="md-header__option iltod-search">\n      <pagefind-searchbox max-results="30" placeholder="'
    yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.placeholder'))
    yield '"></pagefind-searchbox>\n    </div>\n    '
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'repo_url'):
        pass
        yield '\n      <div class="md-header__source">\n        <a href="'
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'repo_url'))
        yield '" title="'
        yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'source'))
        yield '" class="md-source">\n          <div class="md-source__icon md-icon">\n            '
        l_0_icon = (environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'repo') or 'fontawesome/brands/git-alt')
        context.vars['icon'] = l_0_icon
        context.exported_vars.add('icon')
        yield '\n            '
        template = environment.get_or_select_template(str_join(('.icons/', (undefined(name='icon') if l_0_icon is missing else l_0_icon), '.svg', )), 'partials/header.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'class': l_0_class, 'icon': l_0_icon, 'topic': l_0_topic}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n          </div>\n          <div class="md-source__repository">'
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'repo_name'))
        yield '</div>\n        </a>\n      </div>\n    '
    yield '\n  </nav>\n  '
    if ('navigation.tabs.sticky' in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n    '
        if ('navigation.tabs' in (undefined(name='features') if l_0_features is missing else l_0_features)):
            pass
            yield '\n      '
            template = environment.get_template('partials/tabs.html', 'partials/header.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'class': l_0_class, 'icon': l_0_icon, 'topic': l_0_topic}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n    '
        yield '\n  '
    yield '\n</header>'

blocks = {}
debug_info = '7=54&8=58&9=61&10=65&11=68&13=73&14=75&15=77&16=83&19=90&20=94&26=101&29=103&31=107&33=111&34=114&36=119&44=122&45=125&46=128&47=135&50=144&51=147&55=155&57=157&59=160&61=164&62=168&64=175&69=178&70=181&71=184'
# Generated by scripts/compile-templates from partials/header.html, Jinja 3.1.6
