/**
 * Deterministic message text for the generated benchmark pages: routine chat in Portuguese,
 * English, Spanish and Arabic (right-to-left), and a few messages that should escalate. A seeded
 * generator keeps every run's page identical.
 */

/** mulberry32: a small seeded PRNG, so the generated pages are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Routine customer messages: statements the classifier leaves alone (with no FAQ configured,
 * questions count as knowledge gaps, so they are kept out of the routine mix). */
export const CUSTOMER_ROUTINE = [
  'Obrigada, chegou tudo certinho 😊',
  'Ok, obrigada',
  'Perfeito! Vou esperar então.',
  'Oi, tudo bem? Só confirmando o horário de amanhã.',
  'Passo aí na sexta depois do trabalho.',
  'Great, thanks for the quick answer.',
  'Perfect, see you at the market then',
  'Got it, I will pick it up on Saturday morning.',
  'Lovely, my sister will be thrilled with the gift.',
  'Gracias, muy amable.',
  'Vale, lo recojo mañana por la tarde.',
  'Perfecto, quedo atenta al envío.',
  'مرحبا، شكرا على الرد السريع',
  'شكرا جزيلا، وصل الطلب اليوم',
  'شكرا، سأمر غدا',
];

export const OWNER_ROUTINE = [
  'Oi! Temos sim, em preto e caramelo.',
  'O prazo é de 3 a 5 dias úteis.',
  'Aceitamos Pix e cartão 😊',
  'Yes, we restocked yesterday.',
  'It ships tomorrow morning.',
  'We open at 9 on Saturday.',
  '¡Claro! Enviamos a toda España.',
  'Te lo envío el lunes.',
  'أهلا! نعم متوفرة',
  'Obrigada pela compra!',
];

/** Messages the classifier should flag: a person asked for, complaints, a bulk order. */
export const ESCALATING = [
  'quero falar com um atendente, por favor',
  "The strap on my new tote snapped after two days. I'm really disappointed and I want a refund.",
  'Necesitamos 60 bolsos personalizados con logo para un evento de empresa. ¿Nos dan precio por mayor?',
  'Meu pedido chegou com defeito e ninguém me responde, quero meu dinheiro de volta.',
  'Hola, ¿puedo hablar con una persona? Es urgente.',
  'My parcel arrived crushed and nobody answers my emails. I want a refund or I will report this store.',
];

export const FIRST_NAMES = [
  'Ana',
  'Bruno',
  'Carla',
  'Diego',
  'Elif',
  'Fatima',
  'Gabriel',
  'Hannah',
  'Igor',
  'Joana',
  'Karim',
  'Lucía',
  'Marta',
  'Noor',
  'Omar',
  'Paula',
  'Rafael',
  'Sofia',
  'Tom',
  'Yara',
];
export const LAST_NAMES = [
  'Mendes',
  'Costa',
  'Ruiz',
  'Becker',
  'Kaya',
  'Haddad',
  'Lindqvist',
  'Patel',
  'Okafor',
  'Rocha',
  'Silva',
  'Herrera',
  'Nair',
  'Berg',
  'Santos',
  'Moreau',
  'Ibrahim',
  'Novak',
  'Tanaka',
  'Cole',
];

export function personName(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Ana';
  const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length] ?? 'Silva';
  const suffix = i >= FIRST_NAMES.length * LAST_NAMES.length ? ` ${Math.floor(i / 400) + 1}` : '';
  return `${first} ${last}${suffix}`;
}

export interface PageSize {
  /** Messages in the open conversation. */
  messages: number;
  /** Rows in the chat list. */
  chats: number;
}

/** Directions of the open conversation: runs of customer and owner messages; the owner's last
 * reply leaves `tail` customer messages after it (only those are classified at load: the
 * runtime treats what precedes the owner's last reply as answered backlog). */
export function threadPlan(
  rand: () => number,
  count: number,
  tail: number,
): { from: 'them' | 'me'; text: string }[] {
  const plan: { from: 'them' | 'me'; text: string }[] = [];
  let from: 'them' | 'me' = 'them';
  while (plan.length < count - tail - 1) {
    const run = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < run && plan.length < count - tail - 1; i++) {
      const escalate = from === 'them' && rand() < 0.004;
      plan.push({
        from,
        text: escalate
          ? pick(rand, ESCALATING)
          : pick(rand, from === 'them' ? CUSTOMER_ROUTINE : OWNER_ROUTINE),
      });
    }
    from = from === 'them' ? 'me' : 'them';
  }
  plan.push({ from: 'me', text: pick(rand, OWNER_ROUTINE) });
  for (let i = 0; i < tail; i++) {
    plan.push({
      from: 'them',
      text: i === tail - 1 ? (ESCALATING[0] ?? '') : pick(rand, CUSTOMER_ROUTINE),
    });
  }
  return plan.slice(0, count);
}
