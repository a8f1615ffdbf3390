from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_percent_text = l_0_explain = l_0_status_word = l_0_bar = l_0_measure_bar = l_0_average_bar = l_0_average_text = l_0_years_table = l_0_chart = l_0_overdue_mark = l_0_measures_table = l_0_edit_link = l_0_distribution = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
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
    def macro(l_1_value):
        t_5 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        t_5.extend((
            escape(t_1('%g', l_1_value)),
            '%',
        ))
        return concat(t_5)
    context.exported_vars.add('percent_text')
    context.vars['percent_text'] = l_0_percent_text = Macro(environment, macro, 'percent_text', ('value',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_state):
        t_6 = []
        l_1_link = resolve('link')
        l_1_anchors = resolve('anchors')
        if l_1_state is missing:
            l_1_state = 'status'
        pass
        t_6.extend((
            escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), 'progress/')),
            '#',
            escape(context.call(environment.getattr((undefined(name='anchors') if l_1_anchors is missing else l_1_anchors), 'get'), l_1_state, 'status')),
        ))
        return concat(t_6)
    context.exported_vars.add('explain')
    context.vars['explain'] = l_0_explain = Macro(environment, macro, 'explain', ('state',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_status):
        t_7 = []
        l_1_t = resolve('t')
        if l_1_status is missing:
            l_1_status = undefined("parameter 'status' was not provided", name='status')
        pass
        t_7.extend((
            '<a href="',
            escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), l_1_status)),
            '" class="il-status il-status--',
            escape(l_1_status),
            '">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), markup_join(('status.', l_1_status, )))),
            '</a>',
        ))
        return concat(t_7)
    context.exported_vars.add('status_word')
    context.vars['status_word'] = l_0_status_word = Macro(environment, macro, 'status_word', ('status',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_value, l_1_band, l_1_label, l_1_status):
        t_8 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_band is missing:
            l_1_band = undefined("parameter 'band' was not provided", name='band')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_status is missing:
            l_1_status = None
        pass
        t_8.extend((
            '<div class="il-progress il-band--',
            escape((l_1_band if (not t_4(l_1_value)) else (l_1_status or l_1_band))),
            '">\n',
        ))
        if (not t_4(l_1_value)):
            pass
            t_8.extend((
                '  <div class="il-progress__track" role="progressbar" aria-valuenow="',
                escape(t_1('%g', l_1_value)),
                '" aria-valuemin="0" aria-valuemax="100" aria-label="',
                escape(l_1_label),
                '">\n    <div class="il-progress__fill" style="width: ',
                escape(t_1('%g', t_2(environment, [l_1_value, 100]))),
                '%"></div>\n  </div>\n  <a href="',
                escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), (l_1_status or l_1_band))),
                '" class="il-progress__value">',
                escape(context.call((undefined(name='percent_text') if l_0_percent_text is missing else l_0_percent_text), l_1_value)),
                '</a>\n',
            ))
        if l_1_status:
            pass
            t_8.append(
                escape(context.call((undefined(name='status_word') if l_0_status_word is missing else l_0_status_word), l_1_status)),
            )
        t_8.append(
            '</div>',
        )
        return concat(t_8)
    context.exported_vars.add('bar')
    context.vars['bar'] = l_0_bar = Macro(environment, macro, 'bar', ('value', 'band', 'label', 'status'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row):
        t_9 = []
        l_1_t = resolve('t')
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        pass
        t_9.append(
            escape(context.call((undefined(name='bar') if l_0_bar is missing else l_0_bar), environment.getattr(environment.getattr(l_1_row, 'a'), 'percent'), environment.getattr(environment.getattr(l_1_row, 'a'), 'band'), markup_join((context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'percent'), ' ', environment.getattr(environment.getattr(l_1_row, 'measure'), 'number'), )), environment.getattr(environment.getattr(l_1_row, 'a'), 'status'))),
        )
        return concat(t_9)
    context.exported_vars.add('measure_bar')
    context.vars['measure_bar'] = l_0_measure_bar = Macro(environment, macro, 'measure_bar', ('row',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_tally, l_1_label):
        t_10 = []
        l_1_state = resolve('state')
        if l_1_tally is missing:
            l_1_tally = undefined("parameter 'tally' was not provided", name='tally')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        pass
        if (t_4(l_1_tally) or t_4(environment.getattr(l_1_tally, 'average'))):
            pass
            l_1_state = (environment.getattr(l_1_tally, 'state') if (not t_4(l_1_tally)) else 'no-data')
            t_10.extend((
                '<div class="il-progress il-band--',
                escape((undefined(name='state') if l_1_state is missing else l_1_state)),
                '">',
                escape(context.call((undefined(name='status_word') if l_0_status_word is missing else l_0_status_word), (undefined(name='state') if l_1_state is missing else l_1_state))),
                '</div>\n',
            ))
        else:
            pass
            t_10.append(
                escape(context.call((undefined(name='bar') if l_0_bar is missing else l_0_bar), environment.getattr(l_1_tally, 'average'), environment.getattr(l_1_tally, 'band'), l_1_label, environment.getattr(l_1_tally, 'band'))),
            )
        return concat(t_10)
    context.exported_vars.add('average_bar')
    context.vars['average_bar'] = l_0_average_bar = Macro(environment, macro, 'average_bar', ('tally', 'label'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_tally):
        t_11 = []
        l_1_t = resolve('t')
        if l_1_tally is missing:
            l_1_tally = undefined("parameter 'tally' was not provided", name='tally')
        pass
        if (not t_4(environment.getattr(l_1_tally, 'average'))):
            pass
            t_11.extend((
                '<a href="',
                escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), 'averages')),
                '">',
                escape(context.call((undefined(name='percent_text') if l_0_percent_text is missing else l_0_percent_text), environment.getattr(l_1_tally, 'average'))),
                '</a>',
            ))
        else:
            pass
            t_11.extend((
                '<a href="',
                escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), environment.getattr(l_1_tally, 'state'))),
                '">',
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), markup_join(('status.', environment.getattr(l_1_tally, 'state'), )))),
                '</a>',
            ))
        return concat(t_11)
    context.exported_vars.add('average_text')
    context.vars['average_text'] = l_0_average_text = Macro(environment, macro, 'average_text', ('tally',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows, l_1_label, l_1_trends):
        t_12 = []
        l_1_t = resolve('t')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_trends is missing:
            l_1_trends = None
        pass
        t_12.extend((
            '<div class="il-scroll" tabindex="0" role="region" aria-label="',
            escape(l_1_label),
            '">\n<table class="il-compact"><thead><tr><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'year')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'average_short')),
            '</th>',
        ))
        if l_1_trends:
            pass
            t_12.extend((
                '<th scope="col">',
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'trend')),
                '</th>',
            ))
        t_12.extend((
            '<th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'count_plans')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'count_measures')),
            '</th></tr></thead>\n<tbody>',
        ))
        l_2_loop = missing
        for (l_2_y, l_2_n, l_2_href), l_2_loop in LoopContext(l_1_rows, undefined):
            _loop_vars = {}
            pass
            t_12.append(
                '<tr><td>',
            )
            if l_2_href:
                pass
                t_12.extend((
                    '<a href="',
                    escape(l_2_href),
                    '">',
                    escape(l_2_y),
                    '</a>',
                ))
            else:
                pass
                t_12.append(
                    escape(l_2_y),
                )
            t_12.extend((
                '</td><td>',
                escape(context.call((undefined(name='average_text') if l_0_average_text is missing else l_0_average_text), l_2_n, _loop_vars=_loop_vars)),
                '</td>',
            ))
            if l_1_trends:
                pass
                t_12.extend((
                    '<td class="il-trend">',
                    escape(environment.getitem(l_1_trends, environment.getattr(l_2_loop, 'index0'))),
                    '</td>',
                ))
            t_12.extend((
                '<td>',
                escape(environment.getattr(l_2_n, 'plans')),
                '</td><td>',
                escape(environment.getattr(l_2_n, 'total')),
                '</td></tr>',
            ))
        l_2_loop = l_2_y = l_2_n = l_2_href = missing
        t_12.append(
            '</tbody></table>\n</div>',
        )
        return concat(t_12)
    context.exported_vars.add('years_table')
    context.vars['years_table'] = l_0_years_table = Macro(environment, macro, 'years_table', ('rows', 'label', 'trends'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_svg, l_1_rows, l_1_caption, l_1_agency_text):
        t_13 = []
        l_1_t = resolve('t')
        if l_1_svg is missing:
            l_1_svg = undefined("parameter 'svg' was not provided", name='svg')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_agency_text is missing:
            l_1_agency_text = False
        pass
        t_13.extend((
            '<figure class="il-figure">\n  ',
            escape(l_1_svg),
            '\n  <details class="il-chart-table">\n    <summary>',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'chart_table')),
            '</summary>\n    <table class="il-compact">\n      <caption>',
            escape(l_1_caption),
            '</caption>\n      <thead><tr><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'name')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'average_short')),
            '</th></tr></thead>\n      <tbody>\n',
        ))
        for l_2_r in l_1_rows:
            l_2_mn = resolve('mn')
            _loop_vars = {}
            pass
            t_13.append(
                '        <tr><th scope="row"',
            )
            if l_1_agency_text:
                pass
                t_13.append(
                    escape((undefined(name='mn') if l_2_mn is missing else l_2_mn)),
                )
            t_13.append(
                '>',
            )
            if environment.getattr(l_2_r, 'href'):
                pass
                t_13.extend((
                    '<a href="',
                    escape(environment.getattr(l_2_r, 'href')),
                    '">',
                    escape(environment.getattr(l_2_r, 'label')),
                    '</a>',
                ))
            else:
                pass
                t_13.append(
                    escape(environment.getattr(l_2_r, 'label')),
                )
            t_13.extend((
                '</th>\n            <td class="il-chart-table__value"><a href="',
                escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), 'averages', _loop_vars=_loop_vars)),
                '">',
                escape(environment.getattr(l_2_r, 'text')),
                '</a></td></tr>\n',
            ))
        l_2_r = l_2_mn = missing
        t_13.append(
            '      </tbody>\n    </table>\n  </details>\n</figure>',
        )
        return concat(t_13)
    context.exported_vars.add('chart')
    context.vars['chart'] = l_0_chart = Macro(environment, macro, 'chart', ('svg', 'rows', 'caption', 'agency_text'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row):
        t_14 = []
        l_1_t = resolve('t')
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        pass
        if environment.getattr(environment.getattr(l_1_row, 'a'), 'overdue'):
            pass
            t_14.extend((
                '<a href="',
                escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), 'overdue')),
                '" class="il-overdue">',
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'overdue')),
                '</a>',
            ))
        return concat(t_14)
    context.exported_vars.add('overdue_mark')
    context.vars['overdue_mark'] = l_0_overdue_mark = Macro(environment, macro, 'overdue_mark', ('row',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows, l_1_link):
        t_15 = []
        l_1_t = resolve('t')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_link is missing:
            l_1_link = undefined("parameter 'link' was not provided", name='link')
        pass
        t_15.extend((
            '<table class="il-measures">\n  <thead><tr>\n    <th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'number')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'measure')),
            '</th>\n    <th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'percent')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'status')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'overdue_col')),
            '</th>\n  </tr></thead>\n  <tbody>\n',
        ))
        for l_2_row in l_1_rows:
            l_2_urls = resolve('urls')
            l_2_mn = resolve('mn')
            _loop_vars = {}
            pass
            t_15.extend((
                '    <tr id="',
                escape(context.call(environment.getattr((undefined(name='urls') if l_2_urls is missing else l_2_urls), 'anchor'), environment.getattr(l_2_row, 'url'), _loop_vars=_loop_vars)),
                '" class="il-row">\n      <td class="il-row__number">',
                escape(environment.getattr(environment.getattr(l_2_row, 'measure'), 'number')),
                '</td>\n      <td class="il-row__title"',
                escape((undefined(name='mn') if l_2_mn is missing else l_2_mn)),
                '><a href="',
                escape(context.call(l_1_link, environment.getattr(l_2_row, 'url'), _loop_vars=_loop_vars)),
                '">',
                escape(t_3(environment, environment.getattr(environment.getattr(l_2_row, 'measure'), 'text'), 160, True, '…')),
                '</a></td>\n      <td class="il-row__percent il-num">',
            ))
            if (not t_4(environment.getattr(environment.getattr(l_2_row, 'a'), 'percent'))):
                pass
                t_15.extend((
                    '<a href="',
                    escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), environment.getattr(environment.getattr(l_2_row, 'a'), 'status'), _loop_vars=_loop_vars)),
                    '">',
                    escape(context.call((undefined(name='percent_text') if l_0_percent_text is missing else l_0_percent_text), environment.getattr(environment.getattr(l_2_row, 'a'), 'percent'), _loop_vars=_loop_vars)),
                    '</a>',
                ))
            else:
                pass
                t_15.append(
                    '—',
                )
            t_15.extend((
                '</td>\n      <td class="il-row__status">',
                escape(context.call((undefined(name='status_word') if l_0_status_word is missing else l_0_status_word), environment.getattr(environment.getattr(l_2_row, 'a'), 'status'), _loop_vars=_loop_vars)),
                '</td>\n      <td class="il-row__overdue">',
                escape(context.call((undefined(name='overdue_mark') if l_0_overdue_mark is missing else l_0_overdue_mark), l_2_row, _loop_vars=_loop_vars)),
                '</td>\n    </tr>\n',
            ))
        l_2_row = l_2_urls = l_2_mn = missing
        t_15.append(
            '  </tbody>\n</table>',
        )
        return concat(t_15)
    context.exported_vars.add('measures_table')
    context.vars['measures_table'] = l_0_measures_table = Macro(environment, macro, 'measures_table', ('rows', 'link'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_edit_url):
        t_16 = []
        l_1_t = resolve('t')
        if l_1_edit_url is missing:
            l_1_edit_url = undefined("parameter 'edit_url' was not provided", name='edit_url')
        pass
        if l_1_edit_url:
            pass
            t_16.extend((
                '<p class="il-edit"><a href="',
                escape(l_1_edit_url),
                '" rel="edit">✎ ',
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'edit_data')),
                '</a></p>',
            ))
        return concat(t_16)
    context.exported_vars.add('edit_link')
    context.vars['edit_link'] = l_0_edit_link = Macro(environment, macro, 'edit_link', ('edit_url',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_items, l_1_statuses, l_1_late):
        t_17 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_statuses is missing:
            l_1_statuses = undefined("parameter 'statuses' was not provided", name='statuses')
        if l_1_late is missing:
            l_1_late = None
        pass
        t_17.append(
            '<ul class="il-cards il-dist">\n',
        )
        l_2_loop = missing
        for (l_2_label, l_2_tally, l_2_href), l_2_loop in LoopContext(l_1_items, undefined):
            l_2_t = resolve('t')
            l_2_late_href = missing
            _loop_vars = {}
            pass
            l_2_late_href = (environment.getitem(l_1_late, environment.getattr(l_2_loop, 'index0')) if l_1_late else None)
            _loop_vars['late_href'] = l_2_late_href
            t_17.append(
                '  <li class="il-row">\n    <p class="il-row__title">',
            )
            if l_2_href:
                pass
                t_17.extend((
                    '<a href="',
                    escape(l_2_href),
                    '">',
                    escape(l_2_label),
                    '</a>',
                ))
            else:
                pass
                t_17.extend((
                    '<strong>',
                    escape(l_2_label),
                    '</strong>',
                ))
            t_17.extend((
                '      <span class="il-muted">(',
                escape(context.call((undefined(name='t') if l_2_t is missing else l_2_t), 'count_measures', _loop_vars=_loop_vars)),
                ': ',
                escape(environment.getattr(l_2_tally, 'total')),
                ')</span></p>\n    <div class="il-dist__bar" aria-hidden="true">',
            ))
            def t_18(fiter):
                for l_3_s in fiter:
                    if environment.getitem(environment.getattr(l_2_tally, 'statuses'), l_3_s):
                        yield l_3_s
            for l_3_s in t_18(l_1_statuses):
                _loop_vars = {}
                pass
                t_17.extend((
                    '<span class="il-dist--',
                    escape(l_3_s),
                    '" style="flex-grow: ',
                    escape(environment.getitem(environment.getattr(l_2_tally, 'statuses'), l_3_s)),
                    '"></span>',
                ))
            l_3_s = missing
            t_17.append(
                '</div>\n    <ul class="il-dist__counts il-row__percent">\n',
            )
            for (l_3_s, l_3_n) in context.call(environment.getattr(l_2_tally, 'distribution'), _loop_vars=_loop_vars):
                l_3_ranges = resolve('ranges')
                _loop_vars = {}
                pass
                t_17.extend((
                    '<li><span class="il-dist__key il-dist--',
                    escape(l_3_s),
                    '"></span><a href="',
                    escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), l_3_s, _loop_vars=_loop_vars)),
                    '">',
                    escape(context.call((undefined(name='t') if l_2_t is missing else l_2_t), markup_join(('status.', l_3_s, )), _loop_vars=_loop_vars)),
                ))
                if (l_3_s in (undefined(name='ranges') if l_3_ranges is missing else l_3_ranges)):
                    pass
                    t_17.extend((
                        ' <span class="il-muted">(',
                        escape(environment.getitem((undefined(name='ranges') if l_3_ranges is missing else l_3_ranges), l_3_s)),
                        ')</span>',
                    ))
                t_17.extend((
                    '</a>: <strong>',
                    escape(l_3_n),
                    '</strong></li>',
                ))
            l_3_s = l_3_n = l_3_ranges = missing
            t_17.extend((
                '      <li class="il-overdue-count"><a href="',
                escape(context.call((undefined(name='explain') if l_0_explain is missing else l_0_explain), 'overdue', _loop_vars=_loop_vars)),
                '">',
                escape(context.call((undefined(name='t') if l_2_t is missing else l_2_t), 'overdue', _loop_vars=_loop_vars)),
                '</a>: ',
            ))
            if (undefined(name='late_href') if l_2_late_href is missing else l_2_late_href):
                pass
                t_17.extend((
                    '<a href="',
                    escape((undefined(name='late_href') if l_2_late_href is missing else l_2_late_href)),
                    '"><strong>',
                    escape(environment.getattr(l_2_tally, 'overdue')),
                    '</strong></a>',
                ))
            else:
                pass
                t_17.extend((
                    '<strong>',
                    escape(environment.getattr(l_2_tally, 'overdue')),
                    '</strong>',
                ))
            t_17.append(
                '</li>\n    </ul>\n  </li>\n',
            )
        l_2_loop = l_2_label = l_2_tally = l_2_href = l_2_late_href = l_2_t = missing
        t_17.append(
            '</ul>',
        )
        return concat(t_17)
    context.exported_vars.add('distribution')
    context.vars['distribution'] = l_0_distribution = Macro(environment, macro, 'distribution', ('items', 'statuses', 'late'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=36&6=42&9=49&11=57&14=65&15=73&18=84&21=97&22=100&23=104&24=108&26=110&28=115&32=127&33=134&36=140&37=148&38=150&39=153&41=161&45=167&46=173&49=195&53=207&54=209&55=229&59=276&61=290&63=292&65=294&66=296&68=301&69=308&70=332&78=345&79=351&82=364&87=374&88=378&91=385&92=392&93=394&94=396&95=403&96=419&97=421&104=432&105=438&108=451&113=464&115=474&116=492&117=497&119=515&120=542'
# Generated by scripts/compile-templates from macros.html, Jinja 3.1.6
