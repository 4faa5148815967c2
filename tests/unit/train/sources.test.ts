import { describe, expect, it } from 'vitest';
import {
  cosibotLabels,
  multidogoLabels,
  multidogoTurns,
  taskmasterCoffeeTurns,
  taskmasterMovieTurns,
  tweetText,
} from '../../../scripts/train/sources';

describe('tweetText', () => {
  it('removes handles and links, also a link split by a space, and decodes entities', () => {
    expect(
      tweetText('@Support my order &amp; refund? see https: //example.com/a/b and http://x.co/1\n'),
    ).toBe('my order & refund? see and');
  });
});

describe('cosibotLabels', () => {
  it('counts a worry stated by the writer as distress', () => {
    expect(cosibotLabels('pt_covid_worry', 'Estou muito aflita com isto.')).toEqual(['emotional']);
    expect(cosibotLabels('pt_user_scared', 'Tenho tanto medo')).toEqual(['emotional']);
  });

  it('leaves out a question about whether or how to worry', () => {
    expect(cosibotLabels('pt_covid_worry', 'É preciso ficar preocupado com isto?')).toBeNull();
    expect(cosibotLabels('pt_covid_worry', 'Como lidar com a ansiedade ?  ')).toBeNull();
  });

  it('keeps the other intents as they were mapped', () => {
    expect(cosibotLabels('pt_comment_negative', 'Resposta errada.')).toEqual(['complaint']);
    expect(cosibotLabels('pt_user_angry', 'Estou furioso')).toBeNull();
    expect(cosibotLabels('pt_greet', 'Olá, tudo bem?')).toEqual([]);
  });
});

describe('Taskmaster customer turns', () => {
  it("takes only the customer's turns of each coffee dialogue", () => {
    const json = JSON.stringify([
      {
        utterances: [
          { speaker: 'user', text: 'a small flat white, please' },
          { speaker: 'assistant', text: 'Anything else?' },
          { speaker: 'user', text: 'no thanks' },
        ],
      },
      { utterances: [{ speaker: 'assistant', text: 'Hi!' }] },
    ]);
    expect(taskmasterCoffeeTurns(json)).toEqual(['a small flat white, please', 'no thanks']);
  });

  it("takes the customer's turns out of a movie dialogue line, not the agent's or the API's", () => {
    const line =
      '<PR>find<PRAN>name<PRAV>X<C><U>two seats for tonight<A>Which film?<U>the late one<PN>find\t[A]Done.\tdlg-1';
    expect(taskmasterMovieTurns(line)).toEqual(['two seats for tonight', 'the late one']);
  });
});

describe('MultiDoGO customer turns', () => {
  it('reads the utterance and its intents, and skips the header and lines broken by a quote', () => {
    const tsv = [
      'conversationId\tturnNumber\tutteranceId\tutterance\tslot-labels\tintent',
      'c1\t0.0\t<CONV>c1<TURN>0\thello there\tO O\topeninggreeting',
      'c1\t2.0\t<CONV>c1<TURN>2\ti want a pizza and a soda\tO O O B O O B\torderpizzaintent<div>orderdrinkintent',
      'c2\t4.0\t<CONV>c2<TURN>4\t"my street',
      'name 12 \tO\tcontentonly',
    ].join('\n');
    expect(multidogoTurns(tsv)).toEqual([
      { text: 'hello there', intents: ['openinggreeting'] },
      { text: 'i want a pizza and a soda', intents: ['orderpizzaintent', 'orderdrinkintent'] },
    ]);
  });

  it('maps a disputed charge and broken software to complaints, before any left-out intent', () => {
    expect(multidogoLabels(['disputecharge'])).toEqual(['complaint']);
    expect(multidogoLabels(['reportbrokensoftware', 'softwareupdate'])).toEqual(['complaint']);
    expect(multidogoLabels(['outofdomain', 'disputecharge'])).toEqual(['complaint']);
  });

  it("leaves out a claim for one's own phone, a lost card, server status, off-task turns and slot values", () => {
    for (const i of [
      'reportbrokenphone',
      'reportlostcard',
      'checkserverstatus',
      'outofdomain',
      'contentonly',
    ])
      expect(multidogoLabels([i])).toBeNull();
    expect(multidogoLabels(['replacecard', 'reportlostcard'])).toBeNull();
  });

  it('keeps greetings, orders and account requests as routine', () => {
    expect(multidogoLabels(['thankyou'])).toEqual([]);
    expect(multidogoLabels(['orderburgerintent', 'orderdrinkintent'])).toEqual([]);
    expect(multidogoLabels(['checkbalance'])).toEqual([]);
  });
});
