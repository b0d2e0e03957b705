import type { LessonDef, LocalizedText, QuestionDef } from '../content/course-model';

/** A lesson with one question of each type, texts from the sample course. */
export const RANGE_LESSON: LessonDef = {
  id: 'ask-for-a-range-not-a-price',
  title: { en: 'Ask for a Range, Not a Single Price', zh: '要的是区间，而不是一个数字' },
  body: {
    en: 'A mandate that says "128 yuan per unit" gives you nothing to work with.\n\nAsk for a range plus a few things you can trade.',
    zh: '如果授权只是一句“单价128元”，你在谈判桌上就毫无回旋余地。\n\n更好的做法，是争取一个区间，再加几项可以交换的条件。',
  },
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: {
        en: 'Your boss offers a fixed 128 yuan per unit. What is the best response?',
        zh: '老板给你的授权是：单价固定128元。你最好的回应是什么？',
      },
      choices: [
        { en: 'Accept it; one number is easier to defend', zh: '接受，一个明确的数字更好守' },
        { en: 'Ask for full freedom on price', zh: '要求由你全权决定价格' },
        {
          en: 'Ask for a range plus terms you can trade',
          zh: '争取一个区间，再加一两项可交换的条件',
        },
      ],
      answer: 'C',
      explain: {
        en: 'A single number leaves you nowhere to go after the first no.',
        zh: '只有一个数字，客户第一次说“不”你就无路可走。',
      },
    },
    {
      id: 'q2',
      type: 'truefalse',
      prompt: {
        en: 'With a price range, offer the bottom of it as soon as the customer pushes.',
        zh: '授权里有了价格区间，客户一施压，就应该马上给出区间的最低价。',
      },
      choices: [],
      answer: 'false',
      explain: {
        en: 'Move in small steps, and ask for something in return each time.',
        zh: '要小步让，每让一步都要换回点什么。',
      },
    },
    {
      id: 'q3',
      type: 'multiple',
      prompt: {
        en: 'Which of these can you trade besides price?',
        zh: '除了价格，下面哪些条件可以拿来交换？',
      },
      choices: [
        { en: 'Payment terms', zh: '账期' },
        { en: 'Your boss’s approval', zh: '老板的审批' },
        { en: 'Free delivery above a volume', zh: '达到一定数量免运费' },
        { en: 'The customer’s budget', zh: '客户的预算' },
      ],
      answer: 'AC',
      explain: {
        en: 'Terms you control are currency; approvals and budgets are not yours to give.',
        zh: '你能掌控的条款才是筹码；审批和预算不是你能拿来交换的。',
      },
    },
  ],
};

const filled = (length: number, en: string, zh: string): LocalizedText => ({
  en: en.repeat(Math.ceil(length / en.length)).slice(0, length),
  zh: zh.repeat(Math.ceil(length / zh.length)).slice(0, length),
});

/** The longest texts the content rules allow: body 600, prompt 300, 5 choices of 120, explain 300. */
export const LONGEST_QUESTION: QuestionDef = {
  id: 'longest',
  type: 'multiple',
  prompt: filled(300, 'Which terms can you trade? ', '下面哪些条件可以拿来交换？'),
  choices: Array.from({ length: 5 }, () =>
    filled(120, 'A term you can trade. ', '一项可以交换的条件。'),
  ),
  answer: 'ABCDE',
  explain: filled(300, 'Terms you control are currency. ', '你能掌控的条款才是筹码。'),
};

export const LONGEST_LESSON: LessonDef = {
  id: 'longest',
  title: filled(80, 'A long lesson title ', '一个很长的课程标题'),
  body: filled(
    600,
    'Ask for a range plus a few things you can trade. ',
    '争取一个区间，再加几项可以交换的条件。',
  ),
  questions: [LONGEST_QUESTION, LONGEST_QUESTION],
};
