/**
 * Cross-language synonym map used to match questions against the owner's FAQ: words in English,
 * Portuguese and Spanish that mean the same topic share one concept. "Specific" concepts narrow a
 * question (gluten, abroad, invoice): an FAQ entry answers it only if it covers them too.
 * Patterns: a plain word, or a prefix ending in "*". Data plus a tiny lookup.
 */

interface ConceptDef {
  id: string;
  specific: boolean;
  words: string[];
}

const DEFS: ConceptDef[] = [
  { id: 'ship', specific: false, words: ['ship*', 'deliver*', 'envio', 'envios', 'enviar', 'envia*', 'envie*', 'entreg*', 'frete*', 'post', 'postage', 'posta*', 'correio*', 'correo*', 'send', 'sending', 'sedex', 'courier', 'mandam', 'mandar', 'mandan', 'chega*', 'llega*', 'arriv*', 'domicilio', 'motoboy', 'dispatch*', 'despach*', 'transportadora', 'mensajeria', 'paqueteria', 'shipping'] },
  { id: 'time', specific: false, words: ['how long', 'days', 'dias', 'dia', 'prazo*', 'plazo*', 'demora*', 'tarda*', 'takes', 'take', 'tempo', 'tiempo', 'semanas', 'weeks', 'hours', 'horas', 'quando', 'cuando', 'when', 'leva', 'lleva'] },
  { id: 'cost', specific: false, words: ['price*', 'pric*', 'cost*', 'custa*', 'cuesta*', 'preco*', 'precio*', 'valor*', 'cobr*', 'fee', 'fees', 'charge', 'taxa*', 'tarifa*', 'how much', 'quanto', 'cuanto', 'barato', 'caro', 'expensive', 'cheap', 'gratis', 'free', 'gratuit*'] },
  { id: 'pay', specific: false, words: ['pay', 'paying', 'payment*', 'pagar', 'pago', 'pagamento*', 'pagos', 'pix', 'card', 'cards', 'cartao', 'cartoes', 'tarjeta*', 'credit*', 'debit*', 'transfer*', 'boleto', 'paypal', 'cash', 'efectivo', 'dinheiro', 'bizum', 'mercado pago', 'mbway', 'venmo', 'bank'] },
  { id: 'installments', specific: true, words: ['parcel*', 'installment*', 'cuotas', 'meses sin intereses', 'vezes', 'plazos'] },
  { id: 'return', specific: false, words: ['return*', 'devol*', 'troca*', 'trocar', 'exchang*', 'cambi*', 'refund*', 'reembols*', 'estorno', 'swap'] },
  { id: 'hours', specific: false, words: ['what time', 'que horas', 'que hora', 'a que hora', 'closing time', 'hour*', 'open*', 'horario*', 'abert*', 'abre*', 'abrem', 'fecha*', 'close*', 'closing', 'cierra*', 'cerra*', 'atendimento', 'horas'] },
  { id: 'location', specific: false, words: ['address', 'endereco', 'direccion', 'where', 'onde', 'donde', 'located', 'localiz*', 'location', 'store', 'loja', 'tienda', 'shop', 'local', 'pickup', 'pick', 'retir*', 'recog*', 'buscar', 'collect*', 'fisica', 'physical', 'showroom', 'visit*'] },
  { id: 'size', specific: false, words: ['size*', 'sizing', 'tamanho*', 'talla*', 'talle*', 'medida*', 'measure*', 'fit', 'fits', 'veste', 'tabela', 'tabla', 'chart', 'dimens*', 'cm', 'altura', 'height', 'width', 'largura', 'ancho'] },
  { id: 'gift', specific: false, words: ['gift*', 'presente*', 'regalo*', 'embrulh*', 'envolver', 'envuelt*', 'wrap*', 'embala*', 'cartao de mensagem', 'tarjeta de mensaje', 'message card', 'bilhete', 'dedicatoria'] },
  { id: 'track', specific: false, words: ['track*', 'rastre*', 'codigo', 'code', 'seguimiento', 'status', 'estado', 'situacao'] },
  { id: 'care', specific: false, words: ['wash*', 'lavar', 'lavo', 'lava', 'lavag*', 'lavad*', 'lavab*', 'lavav*', 'clean*', 'limp*', 'care', 'cuidado*', 'cuidar', 'conserv*', 'store it', 'guardar', 'fridge', 'geladeira', 'nevera', 'refrigera*', 'durab*', 'dura', 'last', 'lasts'] },
  { id: 'catalog', specific: false, words: ['catalog*', 'products', 'produtos', 'productos', 'modelos', 'models', 'options', 'opcoes', 'opciones', 'menu', 'cardapio', 'carta', 'sabores', 'flavours', 'flavors', 'flavour', 'flavor', 'sabor', 'cores', 'colores', 'colours', 'colors', 'colour', 'color', 'cor'] },
  { id: 'stock', specific: false, words: ['stock', 'estoque', 'disponi*', 'available', 'availab*', 'in stock', 'esgotad*', 'agotad*', 'sold out'] },
  { id: 'restock', specific: true, words: ['restock*', 'repor', 'reponer', 'repon*', 'reposicao', 'back in stock', 'voltar a ter', 'volver a tener'] },
  { id: 'diet', specific: true, words: ['gluten', 'glute*', 'vegan*', 'lactos*', 'lactose', 'dairy', 'leite', 'leche', 'milk', 'nuts', 'nozes', 'nueces', 'amendoim', 'cacahuete', 'mani', 'peanut*', 'alerg*', 'allerg*', 'sugar', 'acucar', 'azucar', 'diabet*', 'celiac*', 'celiac', 'keto', 'diet', 'dieta', 'egg', 'eggs', 'ovo', 'ovos', 'huevo*', 'halal', 'kosher', 'zero'] },
  { id: 'abroad', specific: true, words: ['international*', 'internacional*', 'abroad', 'exterior', 'extranjero', 'overseas', 'portugal', 'brasil', 'brazil', 'europe', 'europa', 'usa', 'eua', 'estados unidos', 'mexico', 'argentina', 'chile', 'colombia', 'espana', 'spain', 'france', 'franca', 'francia', 'uk', 'canada', 'outro pais', 'otro pais', 'another country', 'other countries', 'paises', 'countries', 'customs', 'alfandega', 'aduana'] },
  { id: 'invoice', specific: true, words: ['invoice*', 'nota fiscal', 'nf', 'factura*', 'receipt*', 'recibo*', 'cnpj', 'nif', 'rfc', 'cuit', 'vat'] },
  { id: 'discount', specific: true, words: ['discount*', 'desconto*', 'descuento*', 'cupom', 'cupon*', 'coupon*', 'promo*', 'oferta*', 'sale', 'liquida*', 'rebaja*', 'black friday'] },
  { id: 'weekend', specific: true, words: ['sunday*', 'domingo*', 'sabado*', 'saturday*', 'weekend*', 'fim de semana', 'fin de semana', 'holiday*', 'feriado*', 'festivo*', 'natal', 'navidad', 'christmas'] },
  { id: 'express', specific: true, words: ['express', 'expresso', 'urgente', 'urgent', 'same day', 'mesmo dia', 'mismo dia', 'rapido', 'rapida', 'fast', 'faster', 'quicker', 'sameday'] },
  { id: 'day', specific: false, words: ['today', 'hoje', 'hoy', 'tomorrow', 'amanha', 'manana', 'tonight', 'now', 'agora', 'ahora'] },
  { id: 'custom', specific: true, words: ['custom*', 'personaliz*', 'engrav*', 'grava*', 'grabad*', 'bordad*', 'embroider*', 'monogram*', 'iniciais', 'iniciales', 'initials'] },
  { id: 'warranty', specific: true, words: ['warrant*', 'garantia', 'guarantee*'] },
  { id: 'pets', specific: true, words: ['pet', 'pets', 'dog', 'dogs', 'cachorro*', 'perro*', 'cat', 'gato*', 'mascota*'] },
  { id: 'parking', specific: true, words: ['parking', 'park', 'estacionamento', 'estacionar', 'aparcamiento', 'aparcar', 'estacionamiento', 'vaga'] },
  { id: 'order', specific: false, words: ['order*', 'pedido*', 'encomend*', 'encarg*', 'compra*', 'buy', 'buying', 'purchas*', 'comprar'] },
];

const exact = new Map<string, string>();
const prefixes = new Map<string, string>();
const multi: { words: string[]; id: string }[] = [];
const prefixLengths = new Set<number>();
export const SPECIFIC = new Set<string>();

for (const d of DEFS) {
  if (d.specific) SPECIFIC.add(d.id);
  for (const w of d.words) {
    if (w.includes(' ')) multi.push({ words: w.split(' '), id: d.id });
    else if (w.endsWith('*')) {
      const p = w.slice(0, -1);
      prefixes.set(p, d.id);
      prefixLengths.add(p.length);
    } else exact.set(w, d.id);
  }
}
const sortedLengths = [...prefixLengths].sort((a, b) => b - a);

/** Concept of one normalised word, or undefined. */
export function conceptOf(w: string): string | undefined {
  const e = exact.get(w);
  if (e !== undefined) return e;
  for (const L of sortedLengths) {
    if (w.length < L) continue;
    const c = prefixes.get(w.slice(0, L));
    if (c !== undefined) return c;
  }
  return undefined;
}

/** Concepts of multi-word synonyms ("how much", "fim de semana") found in the words. */
export function multiWordConcepts(words: readonly string[], out: Set<string>): void {
  for (const m of multi) {
    const first = m.words[0];
    for (let i = words.indexOf(first ?? ''); i >= 0; i = words.indexOf(first ?? '', i + 1)) {
      let ok = true;
      for (let k = 1; k < m.words.length; k++) if (words[i + k] !== m.words[k]) ok = false;
      if (ok) {
        out.add(m.id);
        break;
      }
    }
  }
}
