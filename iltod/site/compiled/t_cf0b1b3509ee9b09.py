from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/review_measure.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_link = resolve('link')
    l_0_tr = resolve('tr')
    l_0_row = resolve('row')
    l_0_r = resolve('r')
    l_0_word = resolve('word')
    l_0_mn = resolve('mn')
    l_0_published = resolve('published')
    l_0_method = resolve('method')
    l_0_ui = l_0_explain = missing
    try:
        t_1 = environment.filters['bdi']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bdi' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'partials/review_measure.html').make_module(context.get_all(), True, {'explain': l_0_explain, 'ui': l_0_ui})
    context.exported_vars.discard('ui')
    l_0_explain = context.call((undefined(name='link') if l_0_link is missing else l_0_link), 'progress/')
    context.vars['explain'] = l_0_explain
    context.exported_vars.add('explain')
    yield '<section class="il-two" aria-labelledby="il-two-title">\n<h2 id="il-two-title">'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'agency_says'))
    yield ' · '
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'reviewer_says'))
    yield '</h2>\n<div class="il-two__cols">\n  <div class="il-two__col il-two__col--agency">\n    <h3><a href="'
    yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
    yield '#status">'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'agency_says'))
    yield '</a></h3>\n    '
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'measure_bar'), (undefined(name='row') if l_0_row is missing else l_0_row)))
    yield '\n  </div>\n  <div class="il-two__col il-two__col--reviewer">\n    <h3><a href="'
    yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
    yield '#assessment">'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'reviewer_says'))
    yield '</a></h3>\n'
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'verdict') == 'assessed'):
        pass
        yield '    '
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'bar'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'level'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'band'), markup_join((context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'reviewer_says'), ' ', environment.getattr(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'measure'), 'number'), )), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'band')))
        yield '\n'
    else:
        pass
        yield '    <div class="il-progress il-band--no-data"><a href="'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'verdict')))
        yield '" class="il-status il-status--'
        yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'verdict'))
        yield '">'
        yield escape(context.call((undefined(name='word') if l_0_word is missing else l_0_word), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'verdict')))
        yield '</a></div>\n'
    yield '  </div>\n</div>\n<dl class="il-fields il-two__facts">\n'
    if (not t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap'))):
        pass
        yield '<dt><a href="'
        yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
        yield '#gap">'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'gap'))
        yield '</a></dt><dd class="il-two__gap">'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'gap_points', gap=t_2('%+g', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap'))))
        yield '</dd>'
    yield '  <dt><a href="'
    yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
    yield '#observation-status">'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'observation'))
    yield '</a></dt><dd><a href="'
    yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
    yield '#observation-status" class="il-obs il-obs--'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'observation'))
    yield '">'
    yield escape(context.call((undefined(name='word') if l_0_word is missing else l_0_word), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'observation')))
    yield '</a></dd>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'assessor'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'assessor'))
        yield '</dt><dd'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'assessor')))
        yield '</dd>'
    if (undefined(name='published') if l_0_published is missing else l_0_published):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'assessed_on'))
        yield '</dt><dd><time datetime="'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='published') if l_0_published is missing else l_0_published), 'date'), 'isoformat')))
        yield '">'
        yield escape(context.call(environment.getattr(context.call(environment.getattr(environment.getattr((undefined(name='published') if l_0_published is missing else l_0_published), 'date'), 'date')), 'isoformat')))
        yield '</time></dd>'
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'entry') and environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'entry'), 'note')):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'note'))
        yield '</dt><dd class="il-text"'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'entry'), 'note')))
        yield '</dd>'
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'entry') and environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'entry'), 'evidence_seen')):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'evidence_seen'))
        yield '</dt><dd><ul'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        for l_1_e in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'entry'), 'evidence_seen'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(t_1(l_1_e))
            yield '</li>'
        l_1_e = missing
        yield '</ul></dd>'
    if ((undefined(name='method') if l_0_method is missing else l_0_method) and environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'entry')):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'method'))
        yield '</dt><dd'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(t_1((undefined(name='method') if l_0_method is missing else l_0_method)))
        yield '</dd>'
    yield '</dl>\n'
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'verdict') == 'not-reviewed'):
        pass
        yield '<p class="il-muted">'
        yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'not_reviewed_note'))
        yield '</p>'
    yield '</section>\n'
    template = environment.get_template('partials/flags.html', 'partials/review_measure.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'explain': l_0_explain, 'ui': l_0_ui}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '4=38&5=40&7=44&10=48&11=52&14=54&15=58&16=61&18=66&23=73&24=83&25=93&26=102&27=111&28=120&29=135&31=145&33=151'
# Generated by scripts/compile-templates from partials/review_measure.html, Jinja 3.1.6
