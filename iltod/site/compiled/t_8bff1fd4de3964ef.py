from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    l_0_config = resolve('config')
    l_0_palette = resolve('palette')
    l_0_scheme = resolve('scheme')
    l_0_primary = resolve('primary')
    l_0_accent = resolve('accent')
    l_0_page = resolve('page')
    l_0_skip = resolve('skip')
    l_0_icon = resolve('icon')
    l_0_lang = l_0_direction = l_0_features = missing
    try:
        t_1 = environment.filters['d']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'd' found.")
    try:
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_6 = environment.tests['mapping']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'mapping' found.")
    pass
    l_0_lang = context.vars['lang'] = environment.get_template('partials/language.html', 'base.html').make_module(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip})
    context.exported_vars.discard('lang')
    yield '\n<!doctype html>\n<html lang="'
    yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'language'))
    yield '" class="no-js">\n  <head>\n    '
    yield from context.blocks['site_meta'][0](context)
    yield '\n    '
    yield from context.blocks['htmltitle'][0](context)
    yield '\n    '
    yield from context.blocks['styles'][0](context)
    yield '\n    '
    yield from context.blocks['libs'][0](context)
    yield '\n    '
    yield from context.blocks['fonts'][0](context)
    yield '\n    '
    for l_1_path in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra_css'):
        _loop_vars = {}
        pass
        yield '\n      <link rel="stylesheet" href="'
        yield str(t_4(context, l_1_path))
        yield '">\n    '
    l_1_path = missing
    yield '\n    '
    template = environment.get_template('partials/javascripts/base.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    '
    yield from context.blocks['analytics'][0](context)
    yield '\n    '
    yield from context.blocks['extrahead'][0](context)
    yield '\n  </head>\n  '
    l_0_direction = (environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'direction') or context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'direction'))
    context.vars['direction'] = l_0_direction
    context.exported_vars.add('direction')
    yield '\n  '
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'palette'):
        pass
        yield '\n    '
        l_0_palette = environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'palette')
        context.vars['palette'] = l_0_palette
        context.exported_vars.add('palette')
        yield '\n    '
        if (not t_6((undefined(name='palette') if l_0_palette is missing else l_0_palette))):
            pass
            yield '\n      '
            l_0_palette = t_2(environment, (undefined(name='palette') if l_0_palette is missing else l_0_palette))
            context.vars['palette'] = l_0_palette
            context.exported_vars.add('palette')
            yield '\n    '
        yield '\n    '
        l_0_scheme = t_1(environment.getattr((undefined(name='palette') if l_0_palette is missing else l_0_palette), 'scheme'), 'default', True)
        context.vars['scheme'] = l_0_scheme
        context.exported_vars.add('scheme')
        yield '\n    '
        l_0_primary = t_1(environment.getattr((undefined(name='palette') if l_0_palette is missing else l_0_palette), 'primary'), 'indigo', True)
        context.vars['primary'] = l_0_primary
        context.exported_vars.add('primary')
        yield '\n    '
        l_0_accent = t_1(environment.getattr((undefined(name='palette') if l_0_palette is missing else l_0_palette), 'accent'), 'indigo', True)
        context.vars['accent'] = l_0_accent
        context.exported_vars.add('accent')
        yield '\n    <body dir="'
        yield str((undefined(name='direction') if l_0_direction is missing else l_0_direction))
        yield '" data-md-color-scheme="'
        yield str(t_3(context.eval_ctx, (undefined(name='scheme') if l_0_scheme is missing else l_0_scheme), ' ', '-'))
        yield '" data-md-color-primary="'
        yield str(t_3(context.eval_ctx, (undefined(name='primary') if l_0_primary is missing else l_0_primary), ' ', '-'))
        yield '" data-md-color-accent="'
        yield str(t_3(context.eval_ctx, (undefined(name='accent') if l_0_accent is missing else l_0_accent), ' ', '-'))
        yield '">\n  '
    else:
        pass
        yield '\n    <body dir="'
        yield str((undefined(name='direction') if l_0_direction is missing else l_0_direction))
        yield '">\n  '
    yield '\n    '
    l_0_features = (environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'features') or [])
    context.vars['features'] = l_0_features
    context.exported_vars.add('features')
    yield '\n    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n    <label class="md-overlay" for="__drawer"></label>\n    <div data-md-component="skip">\n      '
    if t_5(t_2(environment, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc'))):
        pass
        yield '\n        '
        l_0_skip = t_2(environment, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc'))
        context.vars['skip'] = l_0_skip
        context.exported_vars.add('skip')
        yield '\n        <a href="'
        yield str(t_4(context, environment.getattr((undefined(name='skip') if l_0_skip is missing else l_0_skip), 'url')))
        yield '" class="md-skip">\n          '
        yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'action.skip'))
        yield '\n        </a>\n      '
    yield '\n    </div>\n    <div data-md-component="announce">\n      '
    if context.call(environment.getattr(l_0_self, 'announce')):
        pass
        yield '\n        <aside class="md-banner">\n          <div class="md-banner__inner md-grid md-typeset">\n            '
        if ('announce.dismiss' in (undefined(name='features') if l_0_features is missing else l_0_features)):
            pass
            yield '\n              <button class="md-banner__button md-icon" aria-label="'
            yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'announce.dismiss'))
            yield '">\n                '
            l_0_icon = (environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'close') or 'material/close')
            context.vars['icon'] = l_0_icon
            context.exported_vars.add('icon')
            yield '\n                '
            template = environment.get_or_select_template(str_join(('.icons/', (undefined(name='icon') if l_0_icon is missing else l_0_icon), '.svg', )), 'base.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n              </button>\n            '
        yield '\n            '
        yield from context.blocks['announce'][0](context)
        yield '\n          </div>\n          '
        if ('announce.dismiss' in (undefined(name='features') if l_0_features is missing else l_0_features)):
            pass
            yield '\n            '
            template = environment.get_template('partials/javascripts/announce.html', 'base.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n          '
        yield '\n        </aside>\n      '
    yield '\n    </div>\n    '
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'version'):
        pass
        yield '\n      <div data-md-color-scheme="default" data-md-component="outdated" hidden>\n        '
        if context.call(environment.getattr(l_0_self, 'outdated')):
            pass
            yield '\n          <aside class="md-banner md-banner--warning">\n            <div class="md-banner__inner md-grid md-typeset">\n              '
            yield from context.blocks['outdated'][0](context)
            yield '\n            </div>\n            '
            template = environment.get_template('partials/javascripts/outdated.html', 'base.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n          </aside>\n        '
        yield '\n      </div>\n    '
    yield '\n    '
    yield from context.blocks['header'][0](context)
    yield '\n    <div class="md-container" data-md-component="container">\n      '
    yield from context.blocks['hero'][0](context)
    yield '\n      '
    yield from context.blocks['tabs'][0](context)
    yield '\n      <main class="md-main" data-md-component="main">\n        <div class="md-main__inner md-grid">\n          '
    yield from context.blocks['site_nav'][0](context)
    yield '\n          '
    yield from context.blocks['container'][0](context)
    yield '\n          '
    template = environment.get_template('partials/javascripts/content.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n        </div>\n        '
    if ('navigation.top' in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n          '
        template = environment.get_template('partials/top.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n        '
    yield '\n      </main>\n      '
    yield from context.blocks['footer'][0](context)
    yield '\n    </div>\n    <div class="md-dialog" data-md-component="dialog">\n      <div class="md-dialog__inner md-typeset"></div>\n    </div>\n    '
    if ('navigation.instant.progress' in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n      '
        template = environment.get_template('partials/progress.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n    '
    yield '\n    '
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'consent'):
        pass
        yield '\n      <div class="md-consent" data-md-component="consent" id="__consent" hidden>\n        <div class="md-consent__overlay"></div>\n        <aside class="md-consent__inner">\n          <form class="md-consent__form md-grid md-typeset" name="consent">\n            '
        template = environment.get_template('partials/consent.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n          </form>\n        </aside>\n      </div>\n      '
        template = environment.get_template('partials/javascripts/consent.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'accent': l_0_accent, 'direction': l_0_direction, 'features': l_0_features, 'icon': l_0_icon, 'lang': l_0_lang, 'palette': l_0_palette, 'primary': l_0_primary, 'scheme': l_0_scheme, 'self': l_0_self, 'skip': l_0_skip}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n    '
    yield '\n    '
    yield from context.blocks['config'][0](context)
    yield '\n    '
    yield from context.blocks['scripts'][0](context)
    yield '\n  </body>\n</html>'

def block_site_meta(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_config = resolve('config')
    l_0_lang = resolve('lang')
    l_0_mkdocs_version = resolve('mkdocs_version')
    try:
        t_1 = environment.filters['d']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'd' found.")
    try:
        t_4 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    try:
        t_7 = environment.tests['iterable']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'iterable' found.")
    pass
    yield '\n      <meta charset="utf-8">\n      <meta name="viewport" content="width=device-width,initial-scale=1">\n      '
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'description')):
        pass
        yield '\n        <meta name="description" content="'
        yield str(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'description'))
        yield '">\n      '
    elif environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_description'):
        pass
        yield '\n        <meta name="description" content="'
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_description'))
        yield '">\n      '
    yield '\n      '
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'author')):
        pass
        yield '\n        <meta name="author" content="'
        yield str(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'author'))
        yield '">\n      '
    elif environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_author'):
        pass
        yield '\n        <meta name="author" content="'
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_author'))
        yield '">\n      '
    yield '\n      '
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical_url'):
        pass
        yield '\n        <link rel="canonical" href="'
        yield str(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical_url'))
        yield '">\n      '
    yield '\n      '
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'):
        pass
        yield '\n        <link rel="prev" href="'
        yield str(t_4(context, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'previous_page'), 'url')))
        yield '">\n      '
    yield '\n      '
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'):
        pass
        yield '\n        <link rel="next" href="'
        yield str(t_4(context, environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'next_page'), 'url')))
        yield '">\n      '
    yield '\n      '
    if t_7(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'alternate')):
        pass
        yield '\n        '
        for l_1_alt in environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'alternate'):
            _loop_vars = {}
            pass
            yield '\n          <link rel="alternate" href="'
            yield str(t_4(context, environment.getattr(l_1_alt, 'link')))
            yield '" hreflang="'
            yield str(t_1(environment.getattr(l_1_alt, 'lang'), context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'language', _loop_vars=_loop_vars)))
            yield '">\n        '
        l_1_alt = missing
        yield '\n      '
    yield '\n      '
    if ('rss' in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'plugins')):
        pass
        yield '\n        <link rel="alternate" type="application/rss+xml" title="'
        yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'rss.created', _block_vars=_block_vars))
        yield '" href="'
        yield str(t_4(context, 'feed_rss_created.xml'))
        yield '">\n        <link rel="alternate" type="application/rss+xml" title="'
        yield str(context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'rss.updated', _block_vars=_block_vars))
        yield '" href="'
        yield str(t_4(context, 'feed_rss_updated.xml'))
        yield '">\n      '
    yield '\n      <link rel="icon" href="'
    yield str(t_4(context, environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'favicon')))
    yield '">\n      <meta name="generator" content="mkdocs-'
    yield str((undefined(name='mkdocs_version') if l_0_mkdocs_version is missing else l_0_mkdocs_version))
    yield ', mkdocs-material-9.8.2">\n    '

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
        t_8 = environment.filters['striptags']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'striptags' found.")
    pass
    yield '\n      '
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title')):
        pass
        yield '\n        <title>'
        yield str(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'title'))
        yield ' - '
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name'))
        yield '</title>\n      '
    elif (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') and (not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_homepage'))):
        pass
        yield '\n        <title>'
        yield str(t_8(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
        yield ' - '
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name'))
        yield '</title>\n      '
    else:
        pass
        yield '\n        <title>'
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'site_name'))
        yield '</title>\n      '
    yield '\n    '

def block_styles(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_palette = resolve('palette')
    try:
        t_4 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    yield '\n      <link rel="stylesheet" href="'
    yield str(t_4(context, 'assets/stylesheets/main.57a0d79d.min.css'))
    yield '">\n      '
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'palette'):
        pass
        yield '\n        '
        l_0_palette = environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'palette')
        _block_vars['palette'] = l_0_palette
        yield '\n        <link rel="stylesheet" href="'
        yield str(t_4(context, 'assets/stylesheets/palette.fb2fffe2.min.css'))
        yield '">\n      '
    yield '\n      '
    template = environment.get_template('partials/icons.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'palette': l_0_palette}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    '

def block_libs(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    try:
        t_9 = environment.filters['script_tag']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'script_tag' found.")
    pass
    yield '\n      '
    for l_1_script in environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'polyfills'):
        _loop_vars = {}
        pass
        yield '\n        '
        yield str(t_9(context, l_1_script))
        yield '\n      '
    l_1_script = missing
    yield '\n    '

def block_fonts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_text = resolve('text')
    l_0_code = resolve('code')
    try:
        t_1 = environment.filters['d']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'd' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '\n      '
    if (environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'font') != False):
        pass
        yield '\n        '
        l_0_text = t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'font'), 'text'), 'Roboto', True)
        _block_vars['text'] = l_0_text
        yield '\n        '
        l_0_code = t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'font'), 'code'), 'Roboto Mono', True)
        _block_vars['code'] = l_0_code
        yield '\n        <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>\n        <link rel="stylesheet" href="https://fonts.googleapis.com/css?family='
        yield str((((t_3(context.eval_ctx, (undefined(name='text') if l_0_text is missing else l_0_text), ' ', '+') + ':300,300i,400,400i,700,700i%7C') + t_3(context.eval_ctx, (undefined(name='code') if l_0_code is missing else l_0_code), ' ', '+')) + ':400,400i,700,700i'))
        yield '&display=fallback">\n        <style>:root{--md-text-font:"'
        yield str((undefined(name='text') if l_0_text is missing else l_0_text))
        yield '";--md-code-font:"'
        yield str((undefined(name='code') if l_0_code is missing else l_0_code))
        yield '"}</style>\n      '
    yield '\n    '

def block_analytics(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '\n      '
    template = environment.get_template('partials/integrations/analytics.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    '

def block_extrahead(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_announce(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_outdated(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '\n      '
    template = environment.get_template('partials/header.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    '

def block_hero(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_tabs(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_features = resolve('features')
    pass
    yield '\n        '
    if ('navigation.tabs.sticky' not in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n          '
        if ('navigation.tabs' in (undefined(name='features') if l_0_features is missing else l_0_features)):
            pass
            yield '\n            '
            template = environment.get_template('partials/tabs.html', 'base.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n          '
        yield '\n        '
    yield '\n      '

def block_site_nav(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_nav = resolve('nav')
    l_0_page = resolve('page')
    l_0_hidden = resolve('hidden')
    l_0_features = resolve('features')
    pass
    yield '\n            '
    if (undefined(name='nav') if l_0_nav is missing else l_0_nav):
        pass
        yield '\n              '
        if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')):
            pass
            yield '\n                '
            l_0_hidden = ('hidden' if ('navigation' in environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')) else cond_expr_undefined("the inline if-expression on line 157 in 'base.html' evaluated to false and no else section was defined."))
            _block_vars['hidden'] = l_0_hidden
            yield '\n              '
        yield '\n              <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation" '
        yield str((undefined(name='hidden') if l_0_hidden is missing else l_0_hidden))
        yield '>\n                <div class="md-sidebar__scrollwrap">\n                  <div class="md-sidebar__inner">\n                    '
        template = environment.get_template('partials/nav.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'hidden': l_0_hidden}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n                  </div>\n                </div>\n              </div>\n            '
    yield '\n            '
    if ('toc.integrate' not in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n              '
        if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta') and environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')):
            pass
            yield '\n                '
            l_0_hidden = ('hidden' if ('toc' in environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta'), 'hide')) else cond_expr_undefined("the inline if-expression on line 169 in 'base.html' evaluated to false and no else section was defined."))
            _block_vars['hidden'] = l_0_hidden
            yield '\n              '
        yield '\n              <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc" '
        yield str((undefined(name='hidden') if l_0_hidden is missing else l_0_hidden))
        yield '>\n                <div class="md-sidebar__scrollwrap">\n                  <div class="md-sidebar__inner">\n                    '
        template = environment.get_template('partials/toc.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'hidden': l_0_hidden}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n                  </div>\n                </div>\n              </div>\n            '
    yield '\n          '

def block_container(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_features = resolve('features')
    pass
    yield '\n            <div class="md-content" data-md-component="content">\n              '
    if ('navigation.path' in (undefined(name='features') if l_0_features is missing else l_0_features)):
        pass
        yield '\n                '
        template = environment.get_template('partials/path.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n              '
    yield '\n              <article class="md-content__inner md-typeset">\n                '
    yield from context.blocks['content'][0](context)
    yield '\n              </article>\n            </div>\n          '

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '\n                  '
    template = environment.get_template('partials/content.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n                '

def block_footer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '\n        '
    template = environment.get_template('partials/footer.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n      '

def block_config(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_namespace = resolve('namespace')
    l_0_config = resolve('config')
    l_0_mike = resolve('mike')
    l_0_base_url = resolve('base_url')
    l_0_features = resolve('features')
    l_0_lang = resolve('lang')
    l_0__ = missing
    try:
        t_10 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    try:
        t_4 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    yield '\n      '
    l_0__ = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), _block_vars=_block_vars)
    _block_vars['_'] = l_0__
    yield '\n      '
    if not isinstance(l_0__, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0__['annotate'] = environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'annotate')
    yield '\n      '
    if not isinstance(l_0__, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0__['tags'] = environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'tags')
    if environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'version'):
        pass
        l_0_mike = environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'plugins'), 'mike')
        _block_vars['mike'] = l_0_mike
        if ((not (undefined(name='mike') if l_0_mike is missing else l_0_mike)) or environment.getattr(environment.getattr((undefined(name='mike') if l_0_mike is missing else l_0_mike), 'config'), 'version_selector')):
            pass
            if not isinstance(l_0__, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0__['version'] = environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra'), 'version')
    yield '<script id="__config" type="application/json">'
    yield str(t_10(context.eval_ctx, {'base': (undefined(name='base_url') if l_0_base_url is missing else l_0_base_url), 'features': (undefined(name='features') if l_0_features is missing else l_0_features), 'translations': {'clipboard.copy': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'clipboard.copy', _block_vars=_block_vars), 'clipboard.copied': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'clipboard.copied', _block_vars=_block_vars), 'search.result.placeholder': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.result.placeholder', _block_vars=_block_vars), 'search.result.none': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.result.none', _block_vars=_block_vars), 'search.result.one': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.result.one', _block_vars=_block_vars), 'search.result.other': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.result.other', _block_vars=_block_vars), 'search.result.more.one': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.result.more.one', _block_vars=_block_vars), 'search.result.more.other': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.result.more.other', _block_vars=_block_vars), 'search.result.term.missing': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'search.result.term.missing', _block_vars=_block_vars), 'select.version': context.call(environment.getattr((undefined(name='lang') if l_0_lang is missing else l_0_lang), 't'), 'select.version', _block_vars=_block_vars)}, 'search': t_4(context, 'assets/javascripts/workers/search.a7633da7.min.js'), 'annotate': (environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'annotate') or None), 'tags': (environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'tags') or None), 'version': (environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'version') or None)}))
    yield '</script>\n    '

def block_scripts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    try:
        t_9 = environment.filters['script_tag']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'script_tag' found.")
    try:
        t_4 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    yield '\n      <script src="'
    yield str(t_4(context, 'assets/javascripts/bundle.a5f9d56c.min.js'))
    yield '"></script>\n      '
    for l_1_script in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'extra_javascript'):
        _loop_vars = {}
        pass
        yield '\n        '
        yield str(t_9(context, l_1_script))
        yield '\n      '
    l_1_script = missing
    yield '\n    '

blocks = {'site_meta': block_site_meta, 'htmltitle': block_htmltitle, 'styles': block_styles, 'libs': block_libs, 'fonts': block_fonts, 'analytics': block_analytics, 'extrahead': block_extrahead, 'announce': block_announce, 'outdated': block_outdated, 'header': block_header, 'hero': block_hero, 'tabs': block_tabs, 'site_nav': block_site_nav, 'container': block_container, 'content': block_content, 'footer': block_footer, 'config': block_config, 'scripts': block_scripts}
debug_info = '4=57&6=60&8=62&42=64&51=66&59=68&64=70&76=72&77=76&79=80&80=87&83=89&85=91&86=95&87=98&88=102&89=105&91=110&92=114&93=118&94=122&96=133&98=136&103=140&104=143&105=147&106=149&111=152&114=155&115=158&116=160&117=164&120=172&122=174&123=177&128=186&130=189&133=192&135=194&140=203&144=205&145=207&154=209&180=211&192=213&194=220&195=223&198=231&205=233&206=236&208=244&213=247&217=254&219=262&252=264&8=267&11=298&12=301&13=303&14=306&16=309&17=312&18=314&19=317&21=320&22=323&24=326&25=329&27=332&28=335&30=338&31=341&32=345&35=352&36=355&37=359&39=364&40=366&42=369&43=386&44=389&45=393&46=396&48=403&51=407&52=424&53=426&54=429&55=432&57=435&59=443&60=459&61=463&64=468&65=492&66=495&67=498&71=501&73=503&80=509&81=518&83=526&120=535&133=544&140=553&141=562&144=570&145=579&146=589&147=592&148=595&154=605&155=618&156=621&157=624&159=628&162=630&167=638&168=641&169=644&171=648&174=650&180=659&182=669&183=672&186=680&187=692&198=700&199=709&219=717&220=745&221=750&222=754&223=755&224=757&225=759&226=763&249=765&252=768&253=790&254=792&255=796'
# Generated by scripts/compile-templates from base.html, Jinja 3.1.6
