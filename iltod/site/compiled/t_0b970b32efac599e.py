from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ranking.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_late = resolve('late')
    l_0_agencies = resolve('agencies')
    l_0_year = resolve('year')
    l_0_regions = resolve('regions')
    l_0_ui = l_0_ranked = missing
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'ranking.html').make_module(context.get_all(), True, {'ranked': l_0_ranked, 'ui': l_0_ui})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-ranking-page">\n<h1>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ranking_all'))
    yield '</h1>\n<p class="il-lead">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ranking_note'))
    yield ' '
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_assessed_note'))
    yield '</p>\n<p><a href="'
    yield escape((undefined(name='late') if l_0_late is missing else l_0_late))
    yield '">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'late'))
    yield '</a></p>\n'
    def macro(l_1_rows, l_1_first, l_1_label, l_1_agencies):
        t_2 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_agencies is missing:
            l_1_agencies = undefined("parameter 'agencies' was not provided", name='agencies')
        pass
        t_2.extend((
            '<div class="il-scroll" tabindex="0" role="region" aria-label="',
            escape(l_1_label),
            '">\n<table class="il-compact il-ranking">\n<thead><tr><th scope="col">#</th><th scope="col">',
            escape(l_1_first),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average_short')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'assessed_share')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_overdue')),
            '</th></tr></thead>\n<tbody>\n',
        ))
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext(l_1_rows, undefined):
            l_2_mn = resolve('mn')
            _loop_vars = {}
            pass
            t_2.extend((
                '<tr class="il-row"><td class="il-num">',
                escape(environment.getattr(l_2_loop, 'index')),
                '</td>\n  <th scope="row" class="il-row__title"><a href="',
                escape(environment.getattr(environment.getattr(l_2_r, 'bar'), 'href')),
                '"',
                escape(((undefined(name='mn') if l_2_mn is missing else l_2_mn) if l_1_agencies else cond_expr_undefined("the inline if-expression on line 16 in 'ranking.html' evaluated to false and no else section was defined."))),
                '>',
                escape(environment.getattr(environment.getattr(l_2_r, 'bar'), 'label')),
                '</a>',
            ))
            if l_1_agencies:
                pass
                if environment.getattr(l_2_r, 'year'):
                    pass
                    t_2.extend((
                        ' <span class="il-muted">(',
                        escape(environment.getattr(l_2_r, 'year')),
                        ')</span>',
                    ))
                t_2.extend((
                    ' <a class="il-muted" href="',
                    escape(environment.getattr(l_2_r, 'region_url')),
                    '">',
                    escape(environment.getattr(l_2_r, 'region')),
                    '</a>',
                ))
            t_2.extend((
                '</th>\n  <td class="il-row__percent il-num"><a href="',
                escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), ('averages' if (not t_1(environment.getattr(environment.getattr(l_2_r, 'bar'), 'value'))) else environment.getattr(environment.getattr(l_2_r, 'bar'), 'state')), _loop_vars=_loop_vars)),
                '">',
                escape(environment.getattr(environment.getattr(l_2_r, 'bar'), 'text')),
                '</a></td>\n  <td class="il-num">',
            ))
            if environment.getattr(l_2_r, 'tally'):
                pass
                t_2.extend((
                    escape(environment.getattr(environment.getattr(l_2_r, 'tally'), 'assessed')),
                    '/',
                    escape(environment.getattr(environment.getattr(l_2_r, 'tally'), 'total')),
                ))
                if (not t_1(environment.getattr(environment.getattr(l_2_r, 'tally'), 'assessed_share'))):
                    pass
                    t_2.extend((
                        ' (<a href="',
                        escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), 'not-assessed', _loop_vars=_loop_vars)),
                        '">',
                        escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'percent_text'), environment.getattr(environment.getattr(l_2_r, 'tally'), 'assessed_share'), _loop_vars=_loop_vars)),
                        '</a>)',
                    ))
            else:
                pass
                t_2.append(
                    '—',
                )
            t_2.extend((
                '</td>\n  <td class="il-num"><a href="',
                escape(environment.getattr(l_2_r, 'overdue_url')),
                '">',
                escape(environment.getattr(l_2_r, 'overdue')),
                '</a></td></tr>\n',
            ))
        l_2_loop = l_2_r = l_2_mn = missing
        t_2.append(
            '</tbody>\n</table>\n</div>',
        )
        return concat(t_2)
    context.exported_vars.add('ranked')
    context.vars['ranked'] = l_0_ranked = Macro(environment, macro, 'ranked', ('rows', 'first', 'label', 'agencies'), False, False, False, context.eval_ctx.autoescape)
    yield '<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'agencies'))
    yield '</h2>\n'
    yield escape(context.call((undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), (undefined(name='agencies') if l_0_agencies is missing else l_0_agencies), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'agency'), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'agencies'), True))
    yield '\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'regions_ranked'))
    if (undefined(name='year') if l_0_year is missing else l_0_year):
        pass
        yield ' — '
        yield escape((undefined(name='year') if l_0_year is missing else l_0_year))
    yield '</h2>\n'
    yield escape(context.call((undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), (undefined(name='regions') if l_0_regions is missing else l_0_regions), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'region'), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'regions_ranked'), False))
    yield '\n</div>'

blocks = {}
debug_info = '3=23&5=26&6=28&7=32&8=36&10=49&12=51&14=61&15=67&16=69&17=94&18=99&19=122&25=135&26=137&27=139&28=145'
# Generated by scripts/compile-templates from ranking.html, Jinja 3.1.6
