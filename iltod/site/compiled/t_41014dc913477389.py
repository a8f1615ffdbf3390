from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'searchpage.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_mongolian_search = resolve('mongolian_search')
    l_0_overdue_url = resolve('overdue_url')
    l_0_ranking_url = resolve('ranking_url')
    l_0_link = resolve('link')
    pass
    yield '<div class="il-page il-search-page">\n<h1>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'search_page'))
    yield '</h1>\n'
    if (undefined(name='mongolian_search') if l_0_mongolian_search is missing else l_0_mongolian_search):
        pass
        yield '<p class="il-lead">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'search_in_mongolian'))
        yield ' <a href="'
        yield escape((undefined(name='mongolian_search') if l_0_mongolian_search is missing else l_0_mongolian_search))
        yield '" hreflang="mn"><span lang="mn">Монгол хэлээр хайх</span> (Mongolian search)</a></p>'
    yield '<form class="il-find" id="il-find" role="search" method="get" data-facets="facets.json"\n  data-found="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_found', n='{n}'))
    yield '" data-none="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_none'))
    yield '" data-more="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_more'))
    yield '"\n  data-failed="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_failed'))
    yield '" data-unfiltered="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_unfiltered'))
    yield '" data-measures="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_measures', n='{n}', status='{status}'))
    yield '">\n<p class="il-find__query"><label for="il-find-q">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_words'))
    yield '</label>\n<input type="search" id="il-find-q" name="q" autocomplete="off" placeholder="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'search'))
    yield '"></p>\n<fieldset class="il-find__filters"><legend>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_filters'))
    yield '</legend>\n'
    for l_1_name in ('region', 'status', 'year'):
        l_1_filters = resolve('filters')
        _loop_vars = {}
        pass
        yield '<p><label for="il-find-'
        yield escape(l_1_name)
        yield '">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), markup_join(('filter_', l_1_name, )), _loop_vars=_loop_vars))
        yield '</label>\n<select id="il-find-'
        yield escape(l_1_name)
        yield '" name="'
        yield escape(l_1_name)
        yield '"><option value="">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_any', _loop_vars=_loop_vars))
        yield '</option>\n'
        for (l_2_value, l_2_label) in environment.getitem((undefined(name='filters') if l_1_filters is missing else l_1_filters), l_1_name):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(l_2_value)
            yield '">'
            yield escape(l_2_label)
            yield '</option>'
        l_2_value = l_2_label = missing
        yield '</select></p>\n'
    l_1_name = l_1_filters = missing
    yield '</fieldset>\n<p><button type="submit">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'search'))
    yield '</button></p>\n</form>\n<noscript><p class="il-find__noscript">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_noscript'))
    yield ' <a href="'
    yield escape((undefined(name='overdue_url') if l_0_overdue_url is missing else l_0_overdue_url))
    yield '">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'late'))
    yield '</a> · <a href="'
    yield escape((undefined(name='ranking_url') if l_0_ranking_url is missing else l_0_ranking_url))
    yield '">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ranking_all'))
    yield '</a></p></noscript>\n<p class="il-find__summary" id="il-find-summary" role="status" aria-live="polite"></p>\n<ol class="il-find__results" id="il-find-results"></ol>\n<p><button type="button" class="il-find__more" id="il-find-more" hidden>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'find_more'))
    yield '</button></p>\n<script type="module" src="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), 'assets/iltod/find.js'))
    yield '"></script>\n</div>'

blocks = {}
debug_info = '5=17&6=19&8=27&9=33&10=39&11=41&12=43&13=45&14=50&15=54&16=60&20=72&22=74&25=84&26=86'
# Generated by scripts/compile-templates from searchpage.html, Jinja 3.1.6
