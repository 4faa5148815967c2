/** Function words of English, Portuguese and Spanish, ignored when matching questions to the FAQ. */
export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for from with about as into over under than then so
  is are was were be been being am do does did done have has had having can could would should
  will shall may might must i me my mine we us our you your yours he him his she her it its they
  them their this that these those there here what which who whom whose how when where why not
  no yes any some all more most much many very just also too only still yet ever again please
  thanks thank hi hello hey ok okay dear get got make made like want need know let tell ask
  one two would like wondering possible other another thing things something anything way really
  o os as um uma uns umas de do da dos das no na nos nas em por para pra pelo pela com sem e ou
  mas se que quem qual quais como eu me mim meu minha meus minhas voce voces vc nos nosso nossa
  ele ela eles elas seu sua seus suas isso isto esse essa este esta aquele aquela ai la aqui
  ser estar sou esta estou estao sao foi era tem tenho ter temos tinha fazer faz fazem pode
  podem posso poderia gostaria queria quero preciso saber tambem ja ainda muito muita mais
  menos bem obrigado obrigada oi ola bom boa dia tarde noite tudo favor entao so porque pois
  sim nao ne la algum alguma alguns algumas cada qualquer coisa vez vezes ate sobre informar
  el la los las un una unos unas del al en y o pero si que quien cual cuales como yo mi mis tu
  tus usted ustedes su sus nosotros nuestra nuestro este esta estos estas ese esa eso aquel
  ser estar soy es son estoy estan era fue hay tiene tienen tengo tener hacer hace hacen puedo
  puede pueden podria quisiera queria quiero necesito saber tambien ya todavia muy mucho mucha
  mas menos bien gracias hola buenas buenos dias tardes noches todo favor entonces solo porque
  pues si no algun alguna algunos algunas cada cualquier cosa vez hasta sobre decir le les lo
  se te nos os contigo conmigo`.split(/\s+/),
);
