/**
 * Training-only messages we wrote ourselves for the gaps no permissive public source covers:
 * big or business orders in every language, and Portuguese requests for a person and complaints.
 * They always join the training rows, except when our own corpus is held out (that fold is
 * trained on other people's data only), and they are never scored: they are our writing, not a
 * test of it.
 */
import type { Category } from '../../lib/classifier/types';
import type { SourceLang, SourceRow } from './sources';

export const SEED_SOURCE = 'own-seeds';

const SEEDS: Record<SourceLang, Partial<Record<Category, string[]>>> = {
  en: {
    high_value: [
      'we need lunch boxes for the whole office every friday, around 40 people',
      'could you do the desserts for our wedding? about 150 guests',
      'looking for a supplier for my café, I would resell your cookies',
      'is there a wholesale price list? I run three shops',
      'want to book you for our company party in december',
      'would you take a standing order of bread for our restaurant, daily',
      'we are opening a store and want to carry your candles on consignment',
      'how much for two hundred branded mugs for a conference',
      'I would like to discuss an exclusive deal for our region',
      'can you cater a corporate event next month, budget is flexible',
      'need 80 gift bags for our clients by the end of the month',
      'interested in a partnership: your products in our subscription box',
      'what discount do you give if I order every week for the school canteen',
      'we are a hotel chain and want your soaps in all our rooms',
      'can I order a few dozen for the team meeting on monday',
    ],
  },
  pt: {
    high_value: [
      'preciso de marmitas para a empresa toda, umas 40 pessoas por dia',
      'vocês fazem os doces do casamento? são uns 150 convidados',
      'tenho uma loja e queria revender os seus produtos',
      'tem tabela de atacado? compro para três lojas',
      'quero contratar vocês para a festa de fim de ano da empresa',
      'fariam entrega diária de pão para o nosso restaurante?',
      'aceitam deixar peças em consignação na minha loja?',
      'quanto fica duzentas canecas personalizadas para um congresso',
      'gostaria de conversar sobre exclusividade na minha cidade',
      'vocês atendem evento corporativo no mês que vem?',
      'preciso de 80 kits de presente para clientes até o fim do mês',
      'proposta de parceria: colocar seus produtos na nossa caixa de assinatura',
      'qual desconto se eu fizer pedido toda semana para a cantina da escola',
      'somos uma rede de hotéis e queremos seus sabonetes em todos os quartos',
      'dá pra fazer umas dúzias pra reunião da equipe na segunda?',
    ],
    human_request: [
      'preciso falar com uma pessoa, não com robô',
      'tem alguém aí para me atender?',
      'me passa para o responsável, por favor',
      'posso falar com o dono da loja?',
      'preciso de um atendente humano',
      'chama alguém da loja pra falar comigo',
      'não quero robô, quero gente',
      'me liga quando puder, é mais fácil explicar por telefone',
      'tem algum número para eu falar com o gerente?',
      'quero ser atendida por alguém, não por mensagem automática',
      'alguém pode me responder? preciso falar com vocês',
      'passa pro setor de atendimento, por favor',
    ],
    complaint: [
      'meu pedido veio errado de novo',
      'paguei e até agora nada de chegar',
      'o produto chegou quebrado, quero a troca',
      'cobraram duas vezes no meu cartão',
      'estou esperando resposta há três dias, que descaso',
      'a encomenda atrasou e ninguém me avisa nada',
      'o bolo chegou amassado, fiquei muito chateada',
      'não foi isso que eu comprei, veio outra cor',
      'quero meu dinheiro de volta, o tamanho não serve e ninguém resolve',
      'péssimo atendimento, ninguém responde',
      'faltou um item no meu pedido',
      'o entregador não apareceu e o pedido consta como entregue',
      'o sabonete veio vazando e sujou tudo',
      'já é a segunda vez que acontece isso, estou decepcionado',
    ],
  },
  es: {
    high_value: [
      'necesitamos almuerzos para toda la oficina, unas 40 personas',
      '¿hacen los postres de una boda? somos unos 150 invitados',
      'tengo una tienda y quisiera revender sus productos',
      '¿tienen precio mayorista? compro para tres locales',
      'queremos contratarlos para la fiesta de fin de año de la empresa',
      '¿harían entrega diaria de pan para nuestro restaurante?',
      '¿aceptan dejar productos en consignación en mi tienda?',
      'cuánto cuestan doscientas tazas personalizadas para un congreso',
      'me interesa hablar de exclusividad para mi zona',
      '¿atienden eventos corporativos el mes que viene?',
      'necesito 80 bolsas de regalo para clientes antes de fin de mes',
      'propuesta de alianza: sus productos en nuestra caja de suscripción',
      'qué descuento me dan si pido todas las semanas para el comedor del colegio',
      'somos una cadena de hoteles y queremos sus jabones en todas las habitaciones',
      '¿me hacen unas docenas para la reunión del equipo el lunes?',
    ],
  },
};

export function seedRows(): SourceRow[] {
  const out: SourceRow[] = [];
  for (const lang of ['en', 'pt', 'es'] as const)
    for (const [cat, texts] of Object.entries(SEEDS[lang]))
      for (const text of texts)
        out.push({ source: SEED_SOURCE, lang, text, labels: [cat as Category] });
  return out;
}
