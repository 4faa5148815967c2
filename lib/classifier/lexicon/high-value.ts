/**
 * high_value: bulk, wholesale, custom, corporate, contract or partnership business. Quantities
 * and money amounts are scored separately (quantities.ts) against the owner's threshold; these
 * are the words. Event words are mild: a wedding alone is not a bulk order. Data only.
 */
import type { LexiconByLang } from './types';

export const HIGH_VALUE: LexiconByLang = {
  en: [
    'wholesale', 'bulk', 'in bulk', 'large order', 'big order', 'large quantity',
    'large quantities', 'big quantity', 'corporate', 'company|0.5', 'our company|0.7', 'my company|0.7',
    'our business', 'my business|0.7', 'business|0.4', 'for my store', 'for my shop',
    'for our store', 'for our shop', 'in my store', 'in my shop', 'resell', 'reselling',
    'reseller', 'resale', 'retailer', 'distributor', 'distribution', 'stockist', 'stock your',
    'carry your', 'sell your products', 'contract', 'partnership', 'partner|0.6', 'collab',
    'collaboration', 'collaborate', 'sponsor*', 'franchise', 'custom order', 'custom made',
    'custom', 'customised', 'customized', 'customise', 'customize', 'personalised',
    'personalized', 'personalise', 'personalize', 'engrav*|0.6', 'with our logo', 'our logo',
    'logo|0.7', 'branded', 'our brand', 'for our employees', 'employees|0.7', 'staff|0.4',
    'for our team', 'whole team', 'for our clients', 'our clients', 'corporate gifts',
    'event|0.4', 'wedding|0.5', 'guests|0.5', 'catering', 'supplier', 'supply us', 'tender',
    'recurring order', 'regular order', 'monthly order', 'every month', 'every week|0.6',
    'per month', 'weekly order', 'quote|0.6', 'quotation', 'estimate|0.5', 'price list|0.4',
    'volume', 'quantity discount', 'discount for quantity', 'b2b', 'bespoke', 'made to measure',
    'made to order|0.5', 'whole office', 'conference', 'hotel|0.5', 'restaurant|0.5',
    'our cafe', 'our restaurant', 'our hotel', 'bridesmaids|0.6', 'party favours',
    'party favors', 'favours|0.5', 'favors|0.5', 'souvenirs|0.6', 'budget|0.5',
    'hundreds', 'thousands', 'dozens|0.6', 'large event', 'big event', 'gala', 'exhibition',
  ],
  pt: [
    'atacado', 'no atacado', 'revenda', 'revender', 'revendedor*', 'revendo', 'lojista',
    'distribuidor*', 'distribuicao', 'representante', 'grande quantidade', 'pedido grande',
    'quantidade grande', 'grandes quantidades', 'empresa|0.5', 'minha empresa|0.7', 'nossa empresa|0.7',
    'meu negocio|0.7', 'corporativ*', 'cnpj|0.4', 'contrato', 'parceria', 'parceir*|0.6',
    'colab*', 'patrocin*', 'franquia', 'personalizad*', 'personalizar', 'personalizacao',
    'gravad*|0.5', 'com logo', 'logo|0.7', 'logotipo', 'logomarca', 'com a marca',
    'nossa marca', 'sob medida', 'sob encomenda|0.5', 'brinde*', 'para os funcionarios',
    'funcionarios|0.7', 'colaboradores|0.6', 'equipe|0.4', 'evento|0.4', 'casamento|0.5',
    'convidados|0.5', 'festa da empresa', 'confraternizacao', 'formatura|0.5', 'buffet',
    'fornecedor', 'fornecer', 'fornecimento', 'todo mes', 'todos os meses', 'mensal',
    'mensalmente', 'toda semana|0.6', 'semanalmente|0.6', 'orcamento|0.6', 'cotacao',
    'tabela de atacado', 'preco de atacado', 'valor de atacado', 'desconto por quantidade',
    'lembrancinha*|0.6', 'minha loja', 'nossa loja', 'para revender', 'varejo', 'hotel|0.5',
    'restaurante|0.5', 'cafeteria|0.5', 'madrinhas|0.6', 'centenas', 'milhares', 'duzias|0.6',
    'grande evento', 'congresso', 'feira|0.5', 'padrinhos|0.5',
  ],
  es: [
    'mayoreo', 'al por mayor', 'por mayor', 'mayorista', 'reventa', 'revender', 'revendedor*',
    'distribuidor*', 'distribucion', 'gran cantidad', 'pedido grande', 'cantidad grande',
    'grandes cantidades', 'empresa|0.5', 'mi empresa|0.7', 'nuestra empresa|0.7', 'mi negocio|0.7',
    'corporativ*', 'contrato', 'alianza', 'colaboracion', 'colaborar', 'colab', 'patrocin*',
    'franquicia', 'personalizad*', 'personalizar', 'personalizacion', 'grabad*|0.5',
    'con logo', 'logo|0.7', 'logotipo', 'nuestra marca', 'a medida', 'por encargo|0.5',
    'regalos corporativos', 'regalos de empresa', 'para los empleados', 'empleados|0.7',
    'trabajadores|0.5', 'equipo|0.4', 'evento|0.4', 'boda|0.5', 'invitados|0.5',
    'cena de empresa', 'proveedor', 'suministro', 'suministrar', 'cada mes', 'todos los meses',
    'mensual', 'mensualmente', 'cada semana|0.6', 'semanal|0.5', 'presupuesto|0.6',
    'cotizacion', 'cotizar', 'lista de precios mayorista', 'precio mayorista',
    'descuento por cantidad', 'descuento por volumen', 'recuerdos|0.5', 'detalles para|0.4',
    'comuniones|0.5', 'comunion|0.4', 'bautizo|0.4', 'mi tienda', 'nuestra tienda',
    'para vender', 'hotel|0.5', 'restaurante|0.5', 'cafeteria|0.5', 'damas de honor|0.6',
    'cientos', 'miles', 'docenas|0.6', 'gran evento', 'congreso', 'feria|0.5',
  ],
};
