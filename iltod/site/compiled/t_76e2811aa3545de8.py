from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'main.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'main.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_site_meta(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_config = resolve('config')
    l_0_mkdocs_version = resolve('mkdocs_version')
    try:
        t_1 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    yield '<meta charset="utf-8">\n  <meta name="viewport" content="width=device-width,initial-scale=1">\n  '
    if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'description')):
        pass
        yield '\n    <meta name="description" content="'
        yield str(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'description'))
        yield '">\n  '
    elif environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_description'):
        pass
        yield '\n    <meta name="description" content="'
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_description'))
        yield '">\n  '
    yield '\n  '
    if ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical_url')):
        pass
        yield '\n    <link rel="canonical" href="'
        yield str(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical_url'))
        yield '">\n  '
    yield '\n  '
    if ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page')):
        pass
        yield '\n    <link rel="prev" href="'
        yield str(t_1(context, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'), 'url')))
        yield '">\n  '
    yield '\n  '
    if ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page')):
        pass
        yield '\n    <link rel="next" href="'
        yield str(t_1(context, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'), 'url')))
        yield '">\n  '
    yield '\n  <link rel="icon" href="'
    yield str(t_1(context, environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'favicon')))
    yield '">\n  <meta name="generator" content="mkdocs-'
    yield str((undefined(name='mkdocs_version') if l_0_mkdocs_version is missing else l_0_mkdocs_version))
    yield ', mkdocs-material">\n'

def block_styles(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_super = context.super('styles', block_styles)
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_iltod = resolve('iltod')
    l_0_config = resolve('config')
    l_0_kind = l_0_first_screen = l_0_shared = missing
    try:
        t_1 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    l_0_kind = (environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'iltod_kind') if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'iltod_kind')) else 'guide')
    _block_vars['kind'] = l_0_kind
    yield '\n  '
    l_0_first_screen = context.call(environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'first_screen'), (undefined(name='kind') if l_0_kind is missing else l_0_kind), _block_vars=_block_vars)
    _block_vars['first_screen'] = l_0_first_screen
    yield '\n  '
    l_0_shared = ('' if (undefined(name='first_screen') if l_0_first_screen is missing else l_0_first_screen) else context.call(environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'first_screen_link'), (undefined(name='kind') if l_0_kind is missing else l_0_kind), _block_vars=_block_vars))
    _block_vars['shared'] = l_0_shared
    yield '\n  '
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'palette'):
        pass
        yield '\n    '
        yield str(context.call(l_0_super, _block_vars=_block_vars))
        yield '\n    <link rel="stylesheet" href="'
        yield str(t_1(context, 'assets/iltod/iltod.css'))
        yield '">\n  '
    else:
        pass
        yield '\n    '
        if (undefined(name='first_screen') if l_0_first_screen is missing else l_0_first_screen):
            pass
            yield '<style data-kind="'
            yield str((undefined(name='kind') if l_0_kind is missing else l_0_kind))
            yield '">'
            yield str((undefined(name='first_screen') if l_0_first_screen is missing else l_0_first_screen))
            yield '</style>'
        yield '\n    '
        if (undefined(name='shared') if l_0_shared is missing else l_0_shared):
            pass
            yield '<link rel="stylesheet" data-kind="'
            yield str((undefined(name='kind') if l_0_kind is missing else l_0_kind))
            yield '" href="'
            yield str(t_1(context, (undefined(name='shared') if l_0_shared is missing else l_0_shared)))
            yield '">'
        yield '\n    '
        for l_1_css in ['assets/iltod/material.css', 'assets/iltod/iltod.css']:
            _loop_vars = {}
            pass
            yield '\n      '
            if ((undefined(name='first_screen') if l_0_first_screen is missing else l_0_first_screen) or (undefined(name='shared') if l_0_shared is missing else l_0_shared)):
                pass
                yield '\n        <link rel="stylesheet" href="'
                yield str(t_1(context, l_1_css))
                yield '" media="'
                yield str(environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'first_screen_wide'))
                yield '" onload="this.onload=null;this.media=\'all\'">\n        <noscript><link rel="stylesheet" href="'
                yield str(t_1(context, l_1_css))
                yield '"></noscript>\n      '
            else:
                pass
                yield '\n        <link rel="stylesheet" href="'
                yield str(t_1(context, l_1_css))
                yield '">\n      '
            yield '\n    '
        l_1_css = missing
        yield '\n    '
        template = environment.get_template('partials/icons.html', 'main.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'first_screen': l_0_first_screen, 'kind': l_0_kind, 'shared': l_0_shared, 'super': l_0_super}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n  '
    yield '\n'

def block_htmltitle(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_config = resolve('config')
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
    pass
    yield '\n  '
    if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title')):
        pass
        yield '<title>'
        yield str(t_3(environment, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title'), 120, end='…'))
        yield ' - '
        yield str(t_2(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name')))
        yield '</title>\n  '
    elif (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')) and (not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_homepage'))):
        pass
        yield '\n    <title>'
        yield str(t_2(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
        yield ' - '
        yield str(t_2(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name')))
        yield '</title>\n  '
    else:
        pass
        yield '\n    <title>'
        yield str(t_2(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name')))
        yield '</title>\n  '
    yield '\n'

def block_extrahead(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_super = context.super('extrahead', block_extrahead)
    _block_vars = {}
    l_0_page = resolve('page')
    try:
        t_2 = environment.filters['e']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'e' found.")
    try:
        t_1 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    yield '\n  '
    yield str(context.call(l_0_super, _block_vars=_block_vars))
    yield '<script>addEventListener("load",function(){var d=document,c=d.createElement("link"),s=d.createElement("script");c.rel="stylesheet";c.href="'
    yield str(t_1(context, 'pagefind/pagefind-component-ui.css'))
    yield '";s.type="module";s.src="'
    yield str(t_1(context, 'assets/iltod/search.js'))
    yield '";d.head.append(c,s)})</script>'
    for l_1_link in (environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'iltod_alternate') if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'iltod_alternate')) else []):
        _loop_vars = {}
        pass
        yield '\n    <link rel="alternate feed" type="application/atom+xml" title="'
        yield str(t_2(environment.getattr(l_1_link, 'title')))
        yield '" href="'
        yield str(t_1(context, environment.getattr(l_1_link, 'href')))
        yield '">\n  '
    l_1_link = missing
    yield '\n'

def block_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_super = context.super('header', block_header)
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_iltod = resolve('iltod')
    try:
        t_4 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    if (not ((undefined(name='page') if l_0_page is missing else l_0_page) and t_5(t_4(environment, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc'))))):
        pass
        yield '\n    <a href="#il-content" class="md-skip">'
        yield str(context.call(environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 't'), 'skip', _block_vars=_block_vars))
        yield '</a>\n  '
    yield '\n  '
    yield str(context.call(l_0_super, _block_vars=_block_vars))
    yield '\n'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_super = context.super('content', block_content)
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_iltod = resolve('iltod')
    l_0_other_lang = missing
    pass
    yield '\n  '
    l_0_other_lang = (environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'lang') if ((((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'lang')) and (environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'lang') != environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'language'))) else None)
    _block_vars['other_lang'] = l_0_other_lang
    yield '\n  '
    if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'iltod_noindex')):
        pass
        yield '\n    <div id="il-content">'
        yield str(context.call(l_0_super, _block_vars=_block_vars))
        yield '</div>\n  '
    else:
        pass
        yield '\n    <div id="il-content" data-pagefind-body'
        if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta')) and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'iltod_search_weight')):
            pass
            yield ' data-pagefind-weight="'
            yield str(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'iltod_search_weight'))
            yield '"'
        if (undefined(name='other_lang') if l_0_other_lang is missing else l_0_other_lang):
            pass
            yield ' lang="'
            yield str((undefined(name='other_lang') if l_0_other_lang is missing else l_0_other_lang))
            yield '"'
        yield '>'
        yield str(context.call(l_0_super, _block_vars=_block_vars))
        yield '</div>\n  '
    yield '\n'

def block_scripts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_iltod = resolve('iltod')
    try:
        t_6 = environment.filters['script_tag']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'script_tag' found.")
    try:
        t_1 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra_javascript'):
        pass
        yield '\n    <script src="'
        yield str(t_1(context, environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'bundle')))
        yield '" fetchpriority="low"></script>\n    '
        for l_1_script in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra_javascript'):
            _loop_vars = {}
            pass
            yield '\n      '
            yield str(t_6(context, l_1_script))
            yield '\n    '
        l_1_script = missing
        yield '\n  '
    else:
        pass
        yield '\n    <script>addEventListener("load",function(){var d=document,s=d.createElement("script"),a=d.addEventListener;d.addEventListener=function(t,f,o){if(t!="DOMContentLoaded")return a.call(d,t,f,o);setTimeout(function(){f.call(d,new Event(t))})};s.onload=s.onerror=function(){delete d.addEventListener};s.src="'
        yield str(t_1(context, environment.getattr((undefined(name='iltod') if l_0_iltod is missing else l_0_iltod), 'bundle')))
        yield '";d.body.append(s)})</script>\n  '
    yield '\n'

blocks = {'site_meta': block_site_meta, 'styles': block_styles, 'htmltitle': block_htmltitle, 'extrahead': block_extrahead, 'header': block_header, 'content': block_content, 'scripts': block_scripts}
debug_info = '1=12&5=17&12=35&13=38&14=40&15=43&17=46&18=49&20=52&21=55&23=58&24=61&26=64&27=66&29=69&43=88&44=91&45=94&46=97&47=100&48=102&50=107&51=115&52=123&53=127&54=130&55=134&57=139&60=144&63=153&64=176&67=179&68=183&69=186&71=193&74=197&75=220&80=222&84=226&85=230&88=237&90=260&91=263&93=266&95=269&96=282&97=285&98=288&100=293&103=308&110=330&111=333&112=335&113=339&116=346'
# Generated by scripts/compile-templates from main.html, Jinja 3.1.6
