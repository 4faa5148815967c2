/**
 * The reply templates a fresh install starts with, per category and language. Each one does the
 * three things a handoff must: acknowledges what kind of message the customer sent, makes the
 * promise ({promise}, computed from the business hours) and says the owner has been told. Written
 * to read well with or without a customer name and with the owner's and business's fallback words
 * ("the owner", "our team"), and to avoid gendered words about the owner. Pure data.
 */
import type { TemplateSet } from '../settings/types';

export const DEFAULT_TEMPLATES: TemplateSet = {
  human_request: {
    en: "Hi {customer},\nOf course, a person will take it from here. I've let {owner} know, and you'll hear back {promise}.",
    pt: 'Oi, {customer}!\nClaro, uma pessoa vai continuar o seu atendimento. Já avisei {owner}, e você vai ter retorno {promise}.',
    es: '¡Hola, {customer}!\nClaro, una persona seguirá con tu consulta. Ya he avisado a {owner} y te responderemos {promise}.',
  },
  complaint: {
    en: "Hi {customer},\nI'm sorry about the problem with your order, and thank you for telling us. I've let {owner} know, and you'll hear back {promise} so we can put it right.",
    pt: 'Oi, {customer}!\nSinto muito pelo problema com o seu pedido, e obrigado por nos contar. Já avisei {owner}, e você vai ter retorno {promise} para resolvermos isso.',
    es: '¡Hola, {customer}!\nSiento mucho el problema con tu pedido y gracias por contárnoslo. Ya he avisado a {owner} y te responderemos {promise} para solucionarlo.',
  },
  emotional: {
    en: "Hi {customer},\nThank you for sharing this with us; I'm so sorry you're going through it. I've let {owner} know personally, and you'll hear back {promise}.",
    pt: 'Oi, {customer}.\nObrigado por compartilhar isso com a gente; sinto muito pelo que você está passando. Já avisei {owner} pessoalmente, e você vai ter retorno {promise}.',
    es: 'Hola, {customer}.\nGracias por compartir esto con nosotros; siento mucho lo que estás pasando. Ya he avisado a {owner} personalmente y te responderemos {promise}.',
  },
  high_value: {
    en: "Hi {customer},\nThank you for your interest in a larger order with {business}! I've passed your request to {owner}, and you'll get the details {promise}.",
    pt: 'Oi, {customer}!\nObrigado pelo interesse em fazer um pedido maior com {business}! Já passei o seu pedido para {owner}, e você vai receber os detalhes {promise}.',
    es: '¡Hola, {customer}!\nGracias por tu interés en hacer un pedido grande con {business}. Ya he pasado tu solicitud a {owner} y te enviaremos los detalles {promise}.',
  },
  knowledge_gap: {
    en: "Hi {customer},\nGood question! I don't want to give you a wrong answer, so I've passed it to {owner}, and you'll hear back {promise}.",
    pt: 'Oi, {customer}!\nÓtima pergunta! Para não te passar uma informação errada, já encaminhei para {owner}, e você vai ter retorno {promise}.',
    es: '¡Hola, {customer}!\nBuena pregunta. Para no darte una información equivocada, ya se la he pasado a {owner} y te responderemos {promise}.',
  },
};
