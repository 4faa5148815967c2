/**
 * Ready-made material for the welcome page, per language: FAQ entries a small shop can add with
 * one click (the owner edits the answers afterwards) and sample customer messages for the
 * "try a message" box, from routine to needing the owner. Pure data; fictional wording.
 */
import type { FaqEntry, Lang } from '../classifier/types';

export const FAQ_EXAMPLES: Record<Lang, readonly FaqEntry[]> = {
  en: [
    {
      question: 'What are your opening hours? Are you open on Sunday?',
      answer: 'Monday to Friday 9:00–18:00. Closed at the weekend.',
    },
    {
      question: 'Do you deliver? How much is delivery?',
      answer: 'Yes, in town for a small fee; pick-up in the shop is free.',
    },
    {
      question: 'How can I pay? Do you take cards?',
      answer: 'Cash, cards and bank transfer.',
    },
    {
      question: 'Where are you? What is your address?',
      answer: 'Write your address here.',
    },
  ],
  pt: [
    {
      question: 'Qual é o horário de funcionamento? Vocês abrem no domingo?',
      answer: 'De segunda a sexta, das 9h às 18h. Fechado no fim de semana.',
    },
    {
      question: 'Vocês fazem entrega? Quanto custa o frete?',
      answer: 'Sim, na cidade com uma pequena taxa; retirada na loja é grátis.',
    },
    {
      question: 'Quais as formas de pagamento? Aceitam cartão e pix?',
      answer: 'Dinheiro, cartão e pix.',
    },
    {
      question: 'Onde fica a loja? Qual é o endereço?',
      answer: 'Escreva aqui o seu endereço.',
    },
  ],
  es: [
    {
      question: '¿Cuál es el horario? ¿Abren los domingos?',
      answer: 'De lunes a viernes de 9:00 a 18:00. Cerrado el fin de semana.',
    },
    {
      question: '¿Hacen envíos a domicilio? ¿Cuánto cuesta el envío?',
      answer: 'Sí, en la ciudad con un pequeño recargo; recoger en la tienda es gratis.',
    },
    {
      question: '¿Cómo puedo pagar? ¿Aceptan tarjeta?',
      answer: 'Efectivo, tarjeta y transferencia.',
    },
    {
      question: '¿Dónde están? ¿Cuál es la dirección?',
      answer: 'Escriba aquí su dirección.',
    },
  ],
};

/** Messages the owner can try with one click: a routine one first, then ones that need them. */
export const SAMPLE_MESSAGES: Record<Lang, readonly string[]> = {
  en: [
    'Are you open on Sunday?',
    'Can I talk to a real person please?',
    'My order arrived broken and nobody answers. I want a refund.',
    'We need 200 boxes for our office party next month, can you do a price?',
  ],
  pt: [
    'Vocês abrem no domingo?',
    'Posso falar com um atendente, por favor?',
    'Meu pedido chegou quebrado e ninguém responde. Quero meu dinheiro de volta.',
    'Precisamos de 200 caixas para a festa da empresa, fazem preço?',
  ],
  es: [
    '¿Abren los domingos?',
    '¿Puedo hablar con una persona, por favor?',
    'Mi pedido llegó roto y nadie contesta. Quiero que me devuelvan el dinero.',
    'Necesitamos 200 cajas para la fiesta de la empresa, ¿nos hacen precio?',
  ],
};

/** Adds the examples that are not in the FAQ yet (same question, ignoring case and spaces). */
export function addFaqExamples(
  faq: readonly FaqEntry[],
  examples: readonly FaqEntry[],
): FaqEntry[] {
  const key = (question: string) => question.trim().toLowerCase().replace(/\s+/g, ' ');
  const known = new Set(faq.map((entry) => key(entry.question)));
  return [...faq, ...examples.filter((entry) => !known.has(key(entry.question)))];
}
