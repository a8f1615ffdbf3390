from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'search.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_label = resolve('label')
    l_0_plan = resolve('plan')
    l_0_region_label = resolve('region_label')
    pass
    yield '<!doctype html>\n<html lang="'
    yield escape((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '">\n<head><meta charset="utf-8"><title>'
    yield escape((undefined(name='label') if l_0_label is missing else l_0_label))
    yield ' · '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'))
    yield '</title></head>\n<body>\n<main data-pagefind-body>\n<h1>'
    yield escape((undefined(name='label') if l_0_label is missing else l_0_label))
    yield ' · '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'))
    yield ' · '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))
    yield '</h1>\n<p>'
    yield escape((undefined(name='region_label') if l_0_region_label is missing else l_0_region_label))
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'source'):
        pass
        yield ' · '
        yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'source'))
    yield '</p>\n'
    for l_1_o in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'objectives'):
        l_1_urls = resolve('urls')
        l_1_t = resolve('t')
        _loop_vars = {}
        pass
        yield '<h2 id="'
        yield escape(context.call(environment.getattr((undefined(name='urls') if l_1_urls is missing else l_1_urls), 'anchor'), context.call(environment.getattr((undefined(name='urls') if l_1_urls is missing else l_1_urls), 'objective'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'agency'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'), environment.getattr(l_1_o, 'number'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'objective', _loop_vars=_loop_vars))
        yield ' '
        yield escape(environment.getattr(l_1_o, 'number'))
        yield '. '
        yield escape(environment.getattr(l_1_o, 'title'))
        yield '</h2>\n'
        for l_2_m in environment.getattr(l_1_o, 'measures'):
            _loop_vars = {}
            pass
            yield '<h3 id="'
            yield escape(context.call(environment.getattr((undefined(name='urls') if l_1_urls is missing else l_1_urls), 'anchor'), context.call(environment.getattr((undefined(name='urls') if l_1_urls is missing else l_1_urls), 'measure'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'agency'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'), environment.getattr(l_2_m, 'number'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_2_m, 'number'))
            yield '. '
            yield escape(environment.getattr(l_2_m, 'text'))
            yield '</h3>\n'
            if environment.getattr(l_2_m, 'timeframe'):
                pass
                yield '<p>'
                yield escape(environment.getattr(l_2_m, 'timeframe'))
                yield '</p>'
            def t_1(fiter):
                for l_3_v in fiter:
                    if l_3_v:
                        yield l_3_v
            for l_3_v in t_1((environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'target_level'), environment.getattr(l_2_m, 'responsible'))):
                _loop_vars = {}
                pass
                yield '<p>'
                yield escape(l_3_v)
                yield '</p>'
            l_3_v = missing
            for l_3_i in environment.getattr(l_2_m, 'indicators'):
                _loop_vars = {}
                pass
                yield '<p>'
                yield escape(l_3_i)
                yield '</p>'
            l_3_i = missing
            if environment.getattr(l_2_m, 'target'):
                pass
                yield '<p>'
                yield escape(environment.getattr(l_2_m, 'target'))
                yield '</p>'
            if (environment.getattr(l_2_m, 'budget') and (environment.getattr(l_2_m, 'budget') != '-')):
                pass
                if environment.getattr(environment.getattr(l_2_m, 'budget'), 'source'):
                    pass
                    yield '<p>'
                    yield escape(environment.getattr(environment.getattr(l_2_m, 'budget'), 'source'))
                    yield '</p>'
                if environment.getattr(environment.getattr(l_2_m, 'budget'), 'text'):
                    pass
                    yield '<p>'
                    yield escape(environment.getattr(environment.getattr(l_2_m, 'budget'), 'text'))
                    yield '</p>'
            if environment.getattr(l_2_m, 'result'):
                pass
                yield '<p>'
                yield escape(environment.getattr(l_2_m, 'result'))
                yield '</p>'
            if environment.getattr(l_2_m, 'notes'):
                pass
                yield '<p>'
                yield escape(environment.getattr(l_2_m, 'notes'))
                yield '</p>'
            if environment.getattr(l_2_m, 'attachments'):
                pass
                def t_2(fiter):
                    for l_3_a in fiter:
                        if environment.getattr(l_3_a, 'caption'):
                            yield l_3_a
                for l_3_a in t_2(environment.getattr(environment.getattr(l_2_m, 'attachments'), 'items')):
                    _loop_vars = {}
                    pass
                    yield '<p>'
                    yield escape(environment.getattr(l_3_a, 'caption'))
                    yield '</p>'
                l_3_a = missing
        l_2_m = missing
    l_1_o = l_1_urls = l_1_t = missing
    yield '</main>\n</body>\n</html>'

blocks = {}
debug_info = '5=16&6=18&9=22&10=28&11=34&12=40&13=48&14=52&15=58&16=63&17=74&18=81&19=86&20=98&21=103&22=108'
# Generated by scripts/compile-templates from search.html, Jinja 3.1.6
