from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'overdue.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_up = resolve('up')
    l_0_scope = resolve('scope')
    l_0_mn = resolve('mn')
    l_0_place = resolve('place')
    l_0_t = resolve('t')
    l_0_year = resolve('year')
    l_0_on = resolve('on')
    l_0_items = resolve('items')
    l_0_ranking = resolve('ranking')
    l_0_ui = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'overdue.html').make_module(context.get_all(), True, {'ui': l_0_ui})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-late">\n'
    if (undefined(name='up') if l_0_up is missing else l_0_up):
        pass
        yield '<p class="il-kicker"><a href="'
        yield escape((undefined(name='up') if l_0_up is missing else l_0_up))
        yield '"'
        if ((undefined(name='scope') if l_0_scope is missing else l_0_scope) == 'agency'):
            pass
            yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape((undefined(name='place') if l_0_place is missing else l_0_place))
        yield '</a></p>'
    yield '<h1>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'late_in', place=(undefined(name='place') if l_0_place is missing else l_0_place)))
    yield '</h1>\n<p class="il-lead">'
    if (undefined(name='year') if l_0_year is missing else l_0_year):
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'late_note', year=(undefined(name='year') if l_0_year is missing else l_0_year), date=context.call(environment.getattr((undefined(name='on') if l_0_on is missing else l_0_on), 'isoformat'))))
    else:
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'late_note_all', date=context.call(environment.getattr((undefined(name='on') if l_0_on is missing else l_0_on), 'isoformat'))))
    yield '</p>\n<p class="il-late__count">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_overdue'))
    yield ': <strong>'
    yield escape(t_2((undefined(name='items') if l_0_items is missing else l_0_items)))
    yield '</strong> · <a href="'
    yield escape((undefined(name='ranking') if l_0_ranking is missing else l_0_ranking))
    yield '">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ranking_all'))
    yield '</a></p>\n'
    if (undefined(name='items') if l_0_items is missing else l_0_items):
        pass
        yield '<table class="il-late__table">\n  <thead><tr><th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'measure'))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'agency'))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'due'))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'days_overdue'))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'percent'))
        yield '</th></tr></thead>\n  <tbody>\n'
        for l_1_x in (undefined(name='items') if l_0_items is missing else l_0_items):
            l_1_what = missing
            _loop_vars = {}
            pass
            yield '    <tr class="il-late__row">\n'
            t_5 = []
            pass
            t_5.extend((
                '<span class="il-number">',
                escape(environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'measure'), 'number')),
                '.</span> <span',
                escape((undefined(name='mn') if l_0_mn is missing else l_0_mn)),
                '>',
                escape(t_3(environment, environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'measure'), 'text'), 140, True, '…')),
                '</span>',
            ))
            l_1_what = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
            _loop_vars['what'] = l_1_what
            yield '      <td class="il-late__measure">'
            if environment.getattr(l_1_x, 'url'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_x, 'url'))
                yield '">'
                yield escape((undefined(name='what') if l_1_what is missing else l_1_what))
                yield '</a>'
            else:
                pass
                yield escape((undefined(name='what') if l_1_what is missing else l_1_what))
            yield '</td>\n      <td class="il-late__agency"><a href="'
            yield escape(environment.getattr(l_1_x, 'agency_url'))
            yield '"'
            yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
            yield '>'
            yield escape(environment.getattr(l_1_x, 'agency'))
            yield '</a>'
            if (not (undefined(name='year') if l_0_year is missing else l_0_year)):
                pass
                yield ' <span class="il-muted">('
                yield escape(environment.getattr(l_1_x, 'year'))
                yield ')</span>'
            yield '</td>\n      <td class="il-late__due" data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'due', _loop_vars=_loop_vars))
            yield '"><time datetime="'
            yield escape(context.call(environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'due'), 'isoformat'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'due'), 'isoformat'), _loop_vars=_loop_vars))
            yield '</time></td>\n      <td class="il-late__days il-num" data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'days_overdue', _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_x, 'days'))
            yield '</td>\n      <td class="il-late__percent il-num" data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'percent', _loop_vars=_loop_vars))
            yield '"><a href="'
            yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), (environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'band') if (not t_4(environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'percent'))) else environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'status')), _loop_vars=_loop_vars))
            yield '">'
            yield escape((markup_join((t_1('%g', environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'percent')), '%', )) if (not t_4(environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'percent'))) else context.call((undefined(name='t') if l_0_t is missing else l_0_t), markup_join(('status.', environment.getattr(environment.getattr(environment.getattr(l_1_x, 'row'), 'a'), 'status'), )), _loop_vars=_loop_vars)))
            yield '</a></td>\n    </tr>\n'
        l_1_x = l_1_what = missing
        yield '  </tbody>\n</table>\n'
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_late'))
        yield '</p>\n'
    yield '</div>'

blocks = {}
debug_info = '4=45&6=48&7=60&8=62&9=69&10=77&12=80&14=90&16=99&17=109&18=120&19=132&20=138&21=142&27=153'
# Generated by scripts/compile-templates from overdue.html, Jinja 3.1.6
