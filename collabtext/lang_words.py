"""Word lists for ``collabtext.lang``: function words, common Welsh words, word shapes.

Weights reflect how rarely each word occurs in the other language; words both languages share
(a, i, o, am, at) are left out or weigh little. Abbreviations are those whose full stop does not
end a sentence.
"""

from __future__ import annotations

# fmt: off
CY_FUNCTION = {
    'yn': 1.0, 'yr': 1.0, 'mae': 1.5, 'ac': 1.0, 'gyda': 1.5, 'wedi': 1.5, 'sydd': 1.5,
    'ein': 1.0, 'hefyd': 1.5, 'gyfer': 1.5, 'yng': 1.5, 'ym': 1.0, 'y': 0.6, "o'r": 1.5,
    "i'r": 1.5, 'bod': 1.0, 'cael': 1.5, 'gan': 0.6, 'hyn': 1.5, 'fod': 1.5, 'eu': 1.0,
    'mewn': 1.5, 'oedd': 1.5, 'neu': 1.5, 'ydy': 1.5, 'yw': 1.0, 'nid': 0.8, 'dros': 1.0,
    'drwy': 1.5, 'rhwng': 1.5, 'ond': 1.5, 'fel': 1.0, 'ei': 0.8, 'wrth': 1.5, 'fydd': 1.5,
    'bydd': 1.5, 'gall': 1.0, 'hynny': 1.5, 'iawn': 1.0, 'gael': 1.5, 'ni': 0.5, 'chi': 0.5,
    'nhw': 1.5, 'roedd': 1.5, "sy'n": 1.5, "a'r": 1.5, "i'w": 1.5, "â'r": 1.5, "'r": 1.0,
    'mai': 0.8, 'ble': 1.0, 'pan': 0.8, 'pob': 1.5, 'holl': 1.5, 'rhai': 1.5, 'ar': 0.4,
    'dan': 0.5, 'ynghylch': 1.5, 'ynglŷn': 1.5, 'gennym': 1.5, 'sef': 1.5, 'er': 0.3, 'yma': 1.5,
    'hwn': 1.5, 'hon': 0.8, 'hwnnw': 1.5, 'trwy': 1.5, 'gwneud': 1.5, 'o': 0.2,
}

CY_CONTENT = {
    'adroddiad', 'aelod', 'aelodaeth', 'aelodau', 'agenda', 'amcan', 'amcanion', 'amser',
    'ardal', 'argymhellion', 'asesiad', 'awdurdod', 'awst', 'blwyddyn', 'blynyddol', 'buddiant',
    'bwrdd', 'cadeirydd', 'camau', 'cefnogi', 'cenedlaethau', 'cenedlaethol', 'chwefror',
    'cofnod', 'cofnodion', 'croesawodd', 'croeso', 'cworwm', 'cydweithio', 'cyfarfod',
    'cyfarfodydd', 'cyfarwyddwr', 'cyfieithu', 'cyflwyno', 'cyflwynodd', 'cyhoeddus', 'cylch',
    'cymeradwyo', 'cymorth', 'cymraeg', 'cymru', 'cymuned', 'cymunedau', 'cynghorwyr',
    'cynghorydd', 'cyngor', 'cynllun', 'cyswllt', 'cytuno', 'cytunwyd', 'datganiad',
    'datganiadau', 'derbyn', 'diben', 'dim', 'diolch', 'diolchodd', 'drafft', 'dydd', 'dyddiad',
    'dyfodol', 'dywedodd', 'ebrill', 'eglurodd', 'eitem', 'eitemau', 'gilydd', 'gofynnodd',
    'gorchwyl', 'gorffennaf', 'gwaith', 'gwasanaeth', 'gwasanaethau', 'gweithio', 'gweithredu',
    'gwener', 'hefyd', 'hyd', 'hydref', 'iechyd', 'ifanc', 'ionawr', 'is-gadeirydd', 'lleol',
    'lleoliad', 'lles', 'llesiant', 'llun', 'llywodraeth', 'llywodraethu', 'materion', 'medi',
    'mehefin', 'mercher', 'mis', 'newydd', 'nodi', 'nododd', 'nodwyd', 'partneriaeth',
    'partneriaid', 'penderfyniad', 'penderfynwyd', 'plant', 'pobl', 'presennol', 'pwyllgor',
    'rhagfyr', 'rhanbarthol', 'rheolwr', 'rhif', 'sadwrn', 'sefydliad', 'sefydliadau', 'sicrhau',
    'sir', 'statudol', 'statws', 'swyddog', 'swyddogaethau', 'swyddogion', 'tachwedd', 'trafod',
    'trefniadau', 'tystiolaeth', 'ymateb', 'ymddiheuriadau', 'ymgynghoriad', 'ymlaen',
    'ystyried',
}

EN_FUNCTION = {
    'the': 1.5, 'and': 1.5, 'of': 1.2, 'to': 1.0, 'is': 1.2, 'will': 1.2, 'with': 1.2,
    'for': 1.2, 'that': 1.2, 'we': 0.8, 'our': 1.2, 'this': 1.2, 'are': 1.2, 'be': 1.0,
    'was': 1.2, 'were': 1.2, 'has': 1.2, 'have': 1.2, 'which': 1.2, 'by': 0.8, 'on': 0.6,
    'it': 0.8, 'from': 1.2, 'as': 0.6, 'their': 1.2, 'they': 1.2, 'there': 1.2, 'not': 0.8,
    'been': 1.2, 'would': 1.2, 'should': 1.2, 'all': 0.6, 'its': 1.0, 'also': 1.2, 'an': 0.6,
    'or': 0.8, 'these': 1.2, 'into': 1.2, 'at': 0.4, 'who': 1.0, 'what': 1.0, 'how': 1.0,
    'members': 0.6, 'council': 0.6, 'meeting': 0.8, 'plan': 0.6, 'board': 0.6, 'report': 0.6,
    'minutes': 0.8, 'present': 0.6, 'apologies': 0.8, 'agenda': 0.3, 'item': 0.6, 'public': 0.6,
    'services': 0.6, 'well-being': 0.8, 'wellbeing': 0.8, 'partnership': 0.6, 'chair': 0.6,
    'community': 0.6, 'county': 0.6, 'health': 0.6, 'town': 0.6, 'city': 0.6, 'notes': 0.6,
    'agreed': 0.8, 'resolved': 0.8, 'noted': 0.8, 'action': 0.6, 'actions': 0.6, 'page': 0.4,
    'then': 1.0, 'but': 1.0, 'he': 0.8, 'she': 1.0, 'his': 1.0, 'her': 1.0, 'said': 1.0,
    'if': 0.8, 'can': 0.8, 'may': 0.6, 'so': 0.6, 'than': 1.2, 'about': 1.2, 'more': 1.0,
    'other': 1.0, 'any': 0.8, 'up': 0.6, 'out': 0.8, 'after': 1.0, 'before': 1.0, 'when': 1.0,
    'where': 1.0, 'must': 1.2, 'each': 1.0, 'some': 1.0, 'such': 1.0, 'only': 1.0, 'had': 1.0,
    'you': 1.0, 'your': 1.2, 'new': 0.6, 'people': 0.8, 'work': 0.6, 'working': 0.6, 'year': 0.6,
    'welcome': 0.6, 'welcomed': 0.8, 'thanked': 0.8, 'left': 0.6, 'date': 0.4, 'time': 0.6,
}

OTHER_FUNCTION = {
    'le': 1.0, 'les': 1.2, 'des': 1.0, 'du': 1.0, 'est': 1.0, 'une': 1.2, 'et': 0.8, 'pour': 1.2,
    'dans': 1.2, 'qui': 1.2, 'sur': 1.0, 'au': 0.6, 'aux': 1.2, 'par': 1.0, 'avec': 1.2,
    'sont': 1.2, 'pas': 0.8, 'ce': 0.8, 'cette': 1.2, 'été': 1.2, 'à': 1.0, "d'une": 1.2,
    'de': 1.0, 'la': 1.0, 'soit': 1.2, 'ainsi': 1.2, 'aussi': 1.0, 'leur': 1.2, 'leurs': 1.2,
    'ont': 1.0, 'notre': 1.2, 'nous': 1.2, 'vous': 1.2, 'elle': 1.0, 'ses': 1.0, 'mais': 1.0,
    'où': 1.5, 'très': 1.5, 'selon': 1.2, 'afin': 1.5, 'lors': 1.2, 'dont': 1.2, 'sous': 1.2,
    'être': 1.5, 'fait': 0.8, 'tout': 1.0, 'tous': 1.2, 'toutes': 1.2, 'comme': 1.2, 'sans': 1.0,
    'el': 0.8, 'los': 1.2, 'las': 1.2, 'por': 0.8, 'con': 0.6, 'una': 1.0, 'del': 0.8,
    'para': 1.0, 'que': 1.0, 'es': 0.6, 'en': 0.6, 'como': 1.0, 'der': 1.0, 'die': 0.4,
    'und': 1.2, 'das': 1.0, 'ist': 1.0, 'nicht': 1.2, 'mit': 1.0, 'sich': 1.2, 'auf': 1.0,
    'für': 1.2, 'von': 0.8, 'werden': 1.2, 'eine': 1.0, 'zu': 0.8,
}

CY_SUFFIXES = (
    ('wyd', 1.2), ("'r", 1.2), ('wr', 0.7), ('aeth', 0.9), ('ol', 0.3), ('iadau', 1.2),
    ('iadol', 1.0), ('odd', 0.6), ('wch', 0.8), ('ydd', 0.8), ('iaeth', 1.2), ('au', 0.4),
    ('iad', 0.6), ('wyr', 0.8),
)

CY_PREFIXES = (
    ('ll', 0.6), ('rh', 0.6), ('ngh', 0.8), ('mh', 0.6), ('dd', 0.6), ('ff', 0.5), ('gw', 0.5),
    ('cyf', 0.6), ('cyh', 0.8), ('cym', 0.4), ('cyd', 0.6), ('ymd', 0.8),
)

EN_SUFFIXES = (
    ('ing', 0.5), ('tion', 0.3), ('ly', 0.4), ('ness', 0.5), ('ship', 0.4), ('ment', 0.3),
    ('ed', 0.2), ('ies', 0.3),
)

ABBREV = {
    'a.m', 'approx', 'cf', 'cllr', 'co', 'cyng', 'dept', 'dr', 'e.g', 'ee', 'est', 'etc', 'fig',
    'govt', 'h.y', 'i.e', 'inc', 'insp', 'jr', 'ltd', 'min', 'mins', 'mr', 'mrs', 'ms', 'no',
    'nos', 'p', 'p.m', 'para', 'pp', 'prof', 'rev', 'sgt', 'sr', 'st', 'supt', 'vol', 'vs',
    'y.h',
}
# fmt: on
