from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/il-nav-items.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_index_of = l_0_link = l_0_path = missing
    try:
        t_1 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_2 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_4 = environment.tests['mongolian']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'mongolian' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_section):
        t_6 = []
        l_1_iltod = resolve('iltod')
        l_1_found = missing
        if l_1_section is missing:
            l_1_section = undefined("parameter 'section' was not provided", name='section')
        pass
        l_1_found = context.call(environment.getattr((undefined(name='iltod') if l_1_iltod is missing else l_1_iltod), 'nav_index'), l_1_section)
        t_6.append(
            str((t_2(context, environment.getattr((undefined(name='found') if l_1_found is missing else l_1_found), 'url')) if (not t_5((undefined(name='found') if l_1_found is missing else l_1_found))) else '')),
        )
        return concat(t_6)
    context.exported_vars.add('index_of')
    context.vars['index_of'] = l_0_index_of = Macro(environment, macro, 'index_of', ('section',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_item, l_1_level):
        t_7 = []
        l_1_page = resolve('page')
        l_1_iltod = resolve('iltod')
        l_1_current = l_1_href = l_1_toc = missing
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        pass
        l_1_current = (environment.getattr(l_1_item, 'is_page') and (l_1_item == (undefined(name='page') if l_1_page is missing else l_1_page)))
        l_1_href = (t_2(context, environment.getattr(l_1_item, 'url')) if environment.getattr(l_1_item, 'is_page') else context.call((undefined(name='index_of') if l_0_index_of is missing else l_0_index_of), l_1_item))
        l_1_toc = (environment.getattr(t_1(environment, environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'toc')), 'children') if (((undefined(name='current') if l_1_current is missing else l_1_current) and t_3(t_1(environment, environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'toc')))) and (environment.getattr(t_1(environment, environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'toc')), 'level') == 1)) else (environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'toc') if (undefined(name='current') if l_1_current is missing else l_1_current) else []))
        t_7.extend((
            '<li class="md-nav__item il-nav__item il-nav__item--l',
            str(l_1_level),
        ))
        if environment.getattr(l_1_item, 'active'):
            pass
            t_7.append(
                ' md-nav__item--active',
            )
        t_7.append(
            '">',
        )
        if (undefined(name='toc') if l_1_toc is missing else l_1_toc):
            pass
            t_7.append(
                '\n      <input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">\n      <label class="md-nav__link md-nav__link--active" for="__toc"><span class="md-ellipsis"',
            )
            if ((environment.getattr((undefined(name='iltod') if l_1_iltod is missing else l_1_iltod), 'language') != 'mn') and t_4(environment.getattr(l_1_item, 'title'))):
                pass
                t_7.append(
                    ' lang="mn"',
                )
            t_7.extend((
                '>',
                str(environment.getattr(l_1_item, 'title')),
                '</span><span class="md-nav__icon md-icon"></span></label>\n    ',
            ))
        t_7.extend((
            '\n    <a href="',
            str((undefined(name='href') if l_1_href is missing else l_1_href)),
            '" class="md-nav__link',
        ))
        if (undefined(name='current') if l_1_current is missing else l_1_current):
            pass
            t_7.append(
                ' md-nav__link--active',
            )
        t_7.append(
            '"',
        )
        if (undefined(name='current') if l_1_current is missing else l_1_current):
            pass
            t_7.append(
                ' aria-current="page"',
            )
        t_7.append(
            '>\n      <span class="md-ellipsis"',
        )
        if ((environment.getattr((undefined(name='iltod') if l_1_iltod is missing else l_1_iltod), 'language') != 'mn') and t_4(environment.getattr(l_1_item, 'title'))):
            pass
            t_7.append(
                ' lang="mn"',
            )
        t_7.extend((
            '>',
            str(environment.getattr(l_1_item, 'title')),
            '</span>\n    </a>\n    ',
        ))
        if (undefined(name='toc') if l_1_toc is missing else l_1_toc):
            pass
            template = environment.get_template('partials/toc.html', 'partials/il-nav-items.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'current': l_1_current, 'href': l_1_href, 'item': l_1_item, 'level': l_1_level, 'toc': l_1_toc, 'index_of': l_0_index_of, 'link': l_0_link, 'path': l_0_path}))
            try:
                for event in gen:
                    t_7.append(event)
            finally: gen.close()
        t_7.append(
            '\n  </li>',
        )
        return concat(t_7)
    context.exported_vars.add('link')
    context.vars['link'] = l_0_link = Macro(environment, macro, 'link', ('item', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_section, l_1_level):
        t_8 = []
        l_1_iltod = resolve('iltod')
        l_1_page = resolve('page')
        if l_1_section is missing:
            l_1_section = undefined("parameter 'section' was not provided", name='section')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        pass
        t_8.append(
            str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_1_section, l_1_level)),
        )
        for l_2_child in context.call(environment.getattr((undefined(name='iltod') if l_1_iltod is missing else l_1_iltod), 'nav_children'), l_1_section, (undefined(name='page') if l_1_page is missing else l_1_page)):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_child, 'kind') == 'path'):
                pass
                t_8.append(
                    str(context.call((undefined(name='path') if l_0_path is missing else l_0_path), environment.getattr(l_2_child, 'item'), (l_1_level + 1), _loop_vars=_loop_vars)),
                )
            elif (environment.getattr(l_2_child, 'kind') == 'link'):
                pass
                t_8.append(
                    str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_child, 'item'), (l_1_level + 1), _loop_vars=_loop_vars)),
                )
            else:
                pass
                t_8.extend((
                    '\n  <li class="md-nav__item il-nav__item il-nav__item--l',
                    str((l_1_level + 1)),
                    ' il-nav__item--all">\n    <a href="',
                    str(context.call((undefined(name='index_of') if l_0_index_of is missing else l_0_index_of), environment.getattr(l_2_child, 'item'), _loop_vars=_loop_vars)),
                    '" class="md-nav__link">\n      <span class="md-ellipsis">',
                    str(context.call(environment.getattr((undefined(name='iltod') if l_1_iltod is missing else l_1_iltod), 't'), 'nav_all', n=environment.getattr(l_2_child, 'total'), _loop_vars=_loop_vars)),
                    '</span>\n    </a>\n  </li>',
                ))
        l_2_child = missing
        return concat(t_8)
    context.exported_vars.add('path')
    context.vars['path'] = l_0_path = Macro(environment, macro, 'path', ('section', 'level'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=42&4=49&5=51&7=57&8=67&9=68&10=69&11=72&14=82&16=87&18=99&19=118&21=128&27=142&28=152&29=154&30=157&31=160&32=162&33=165&35=171&36=173&37=175'
# Generated by scripts/compile-templates from partials/il-nav-items.html, Jinja 3.1.6
