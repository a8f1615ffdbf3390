from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/icons.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_config = resolve('config')
    l_0_namespace = resolve('namespace')
    l_0__ = resolve('_')
    l_0_icon = resolve('icon')
    try:
        t_1 = environment.filters['items']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'items' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_3 = environment.filters['urlencode']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'urlencode' found.")
    pass
    if environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'admonition'):
        pass
        yield '\n  '
        l_0__ = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), style='<style>:root{')
        context.vars['_'] = l_0__
        yield '\n  '
        for (l_1_type, l_1_icon) in t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'admonition')):
            _loop_vars = {}
            pass
            yield '\n    '
            if (l_1_type and l_1_icon):
                pass
                yield '\n      '
                l_1_icon = environment.get_template(str_join(('.icons/', l_1_icon, '.svg', )), 'partials/icons.html')._get_default_module(context)
                yield '\n      '
                if not isinstance(l_0__, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0__['style'] = str_join((environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'), '--md-admonition-icon--', l_1_type, ':', "url('data:image/svg+xml;charset=utf-8,", t_3(t_2(context.eval_ctx, l_1_icon, '\n', '')), "');", ))
                yield '\n    '
            yield '\n  '
        l_1_type = l_1_icon = missing
        yield '\n  '
        if not isinstance(l_0__, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0__['style'] = str_join((environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'), '}</style>', ))
        yield '\n  '
        yield str(environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'))
        yield '\n'
    yield '\n'
    if environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'annotation'):
        pass
        yield '\n  '
        l_0__ = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), style='<style>:root{')
        context.vars['_'] = l_0__
        yield '\n  '
        l_0_icon = context.vars['icon'] = environment.get_template(str_join(('.icons/', environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'annotation'), '.svg', )), 'partials/icons.html')._get_default_module(context)
        context.exported_vars.discard('icon')
        yield '\n  '
        if not isinstance(l_0__, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0__['style'] = str_join((environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'), '--md-annotation-icon:', "url('data:image/svg+xml;charset=utf-8,", t_3(t_2(context.eval_ctx, (undefined(name='icon') if l_0_icon is missing else l_0_icon), '\n', '')), "');", ))
        yield '\n  '
        if not isinstance(l_0__, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0__['style'] = str_join((environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'), '}</style>', ))
        yield '\n  '
        yield str(environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'))
        yield '\n'
    yield '\n'
    if environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'tag'):
        pass
        yield '\n  '
        l_0__ = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), style='<style>:root{')
        context.vars['_'] = l_0__
        yield '\n  '
        for (l_1_type, l_1_icon) in t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'theme'), 'icon'), 'tag')):
            l_1_modifier = resolve('modifier')
            _loop_vars = {}
            pass
            yield '\n    '
            if (l_1_type and l_1_icon):
                pass
                yield '\n      '
                l_1_icon = environment.get_template(str_join(('.icons/', l_1_icon, '.svg', )), 'partials/icons.html')._get_default_module(context)
                yield '\n      '
                if (l_1_type != 'default'):
                    pass
                    yield '\n        '
                    l_1_modifier = str_join(('.md-tag--', l_1_type, ))
                    _loop_vars['modifier'] = l_1_modifier
                    yield '\n      '
                yield '\n      '
                if not isinstance(l_0__, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0__['style'] = str_join((environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'), '.md-tag', (undefined(name='modifier') if l_1_modifier is missing else l_1_modifier), '{', '--md-tag-icon:', "url('data:image/svg+xml;charset=utf-8,", t_3(t_2(context.eval_ctx, l_1_icon, '\n', '')), "');", '}', ))
                yield '\n    '
            yield '\n  '
        l_1_type = l_1_icon = l_1_modifier = missing
        yield '\n  '
        if not isinstance(l_0__, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0__['style'] = str_join((environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'), '}</style>', ))
        yield '\n  '
        yield str(environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'style'))
        yield '\n'

blocks = {}
debug_info = '4=33&5=36&6=39&7=43&8=46&9=50&17=57&18=59&20=62&21=65&22=68&23=73&29=77&30=79&32=82&33=85&34=88&35=93&36=96&37=98&38=101&40=107&50=114&51=116'
# Generated by scripts/compile-templates from partials/icons.html, Jinja 3.1.6
