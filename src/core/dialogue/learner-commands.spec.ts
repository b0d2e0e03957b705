import { Command, parseCommand } from './command-parser';

const expectEach = (rows: Array<[string, Command | null]>) =>
  it.each(rows)('%j -> %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

describe('commands a learner sends, in English and Chinese, half- and full-width', () => {
  describe('help', () => {
    expectEach(
      [
        'help',
        'HELP',
        'Help',
        '/help',
        'help!',
        'ｈｅｌｐ',
        '／ｈｅｌｐ',
        '帮助',
        '/帮助',
        '帮助。',
        '?',
        '？',
        '??',
      ].map((text) => [text, { name: 'help' }]),
    );
  });

  describe('progress, pause, resume and more', () => {
    expectEach([
      ['progress', { name: 'progress' }],
      ['PROGRESS', { name: 'progress' }],
      ['ｐｒｏｇｒｅｓｓ', { name: 'progress' }],
      ['进度', { name: 'progress' }],
      ['/进度', { name: 'progress' }],
      ['pause', { name: 'pause' }],
      ['Pause', { name: 'pause' }],
      ['暂停', { name: 'pause' }],
      ['暂停！', { name: 'pause' }],
      ['resume', { name: 'resume' }],
      ['RESUME', { name: 'resume' }],
      ['继续', { name: 'resume' }],
      ['more', { name: 'more' }],
      ['/more', { name: 'more' }],
      ['再来', { name: 'more' }],
      ['再来一题', { name: 'more' }],
      ['再来 一题', { name: 'more' }],
      ['再来一道', { name: 'more' }],
    ]);
  });

  describe('time', () => {
    expectEach([
      ['time 08:30', { name: 'time', hhmm: '08:30' }],
      ['time 8:30', { name: 'time', hhmm: '08:30' }],
      ['TIME 8:30', { name: 'time', hhmm: '08:30' }],
      ['time: 7:15', { name: 'time', hhmm: '07:15' }],
      ['/time 21:00', { name: 'time', hhmm: '21:00' }],
      ['time 0830', { name: 'time', hhmm: '08:30' }],
      ['time 830', { name: 'time', hhmm: '08:30' }],
      ['time 8.30', { name: 'time', hhmm: '08:30' }],
      ['time 8', { name: 'time', hhmm: '08:00' }],
      ['time 8pm', { name: 'time', hhmm: '20:00' }],
      ['time 8:30 AM', { name: 'time', hhmm: '08:30' }],
      ['time 12am', { name: 'time', hhmm: '00:00' }],
      ['time 12pm', { name: 'time', hhmm: '12:00' }],
      ['time 0:00', { name: 'time', hhmm: '00:00' }],
      ['time 23:59', { name: 'time', hhmm: '23:59' }],
      ['时间 20:30', { name: 'time', hhmm: '20:30' }],
      ['时间 20：30', { name: 'time', hhmm: '20:30' }],
      ['时间20:30', { name: 'time', hhmm: '20:30' }],
      ['时间：7:45', { name: 'time', hhmm: '07:45' }],
      ['时间 8点', { name: 'time', hhmm: '08:00' }],
      ['时间 8点半', { name: 'time', hhmm: '08:30' }],
      ['时间 20点15分', { name: 'time', hhmm: '20:15' }],
      ['ｔｉｍｅ\u3000２０：３０', { name: 'time', hhmm: '20:30' }],
      ['time 24:00', { name: 'time-invalid', raw: '24:00' }],
      ['time 25:00', { name: 'time-invalid', raw: '25:00' }],
      ['time 7:60', { name: 'time-invalid', raw: '7:60' }],
      ['time 8:5', { name: 'time-invalid', raw: '8:5' }],
      ['time 13pm', { name: 'time-invalid', raw: '13pm' }],
      ['time soon', { name: 'time-invalid', raw: 'soon' }],
      ['time', { name: 'time-invalid', raw: '' }],
      ['时间', { name: 'time-invalid', raw: '' }],
      ['时间 下午3点', { name: 'time-invalid', raw: '下午3点' }],
      ['时间 八点', { name: 'time-invalid', raw: '八点' }],
    ]);
  });

  describe('lang', () => {
    expectEach([
      ['lang zh', { name: 'lang', locale: 'zh' }],
      ['lang en', { name: 'lang', locale: 'en' }],
      ['LANG EN', { name: 'lang', locale: 'en' }],
      ['/lang en', { name: 'lang', locale: 'en' }],
      ['ｌａｎｇ\u3000ｅｎ', { name: 'lang', locale: 'en' }],
      ['lang 中文', { name: 'lang', locale: 'zh' }],
      ['lang 英文', { name: 'lang', locale: 'en' }],
      ['lang chinese', { name: 'lang', locale: 'zh' }],
      ['lang English', { name: 'lang', locale: 'en' }],
      ['lang zh-CN', { name: 'lang', locale: 'zh' }],
      ['language en', { name: 'lang', locale: 'en' }],
      ['语言 中文', { name: 'lang', locale: 'zh' }],
      ['语言 英文', { name: 'lang', locale: 'en' }],
      ['语言 zh', { name: 'lang', locale: 'zh' }],
      ['语言 EN', { name: 'lang', locale: 'en' }],
      ['语言中文', { name: 'lang', locale: 'zh' }],
      ['语言：英语', { name: 'lang', locale: 'en' }],
      ['lang fr', { name: 'lang-invalid' }],
      ['lang japanese', { name: 'lang-invalid' }],
      ['语言 法语', { name: 'lang-invalid' }],
      ['lang', { name: 'lang-invalid' }],
      ['lang constructor', { name: 'lang-invalid' }],
    ]);
  });

  describe('join', () => {
    expectEach([
      ['join ABC234', { name: 'join', code: 'ABC234' }],
      ['join abc234', { name: 'join', code: 'ABC234' }],
      ['join abc 234', { name: 'join', code: 'ABC234' }],
      ['JOIN abc-234', { name: 'join', code: 'ABC234' }],
      ['join: ABC234', { name: 'join', code: 'ABC234' }],
      ['/join ABC234', { name: 'join', code: 'ABC234' }],
      ['ｊｏｉｎ\u3000ＡＢＣ２３４', { name: 'join', code: 'ABC234' }],
      ['加入 ABC234', { name: 'join', code: 'ABC234' }],
      ['加入ABC234', { name: 'join', code: 'ABC234' }],
      ['加入 abc 234', { name: 'join', code: 'ABC234' }],
      ['加入：ABC－234', { name: 'join', code: 'ABC234' }],
      ['join ABC23', { name: 'join-invalid', raw: 'ABC23' }],
      ['join ABC2345', { name: 'join-invalid', raw: 'ABC2345' }],
      ['join ABO234', { name: 'join-invalid', raw: 'ABO234' }],
      ['join', { name: 'join-invalid', raw: '' }],
    ]);
  });

  describe('not a command', () => {
    expectEach([
      ['', null],
      ['B', null],
      ['ABC234', null],
      ['paused', null],
      ['hello', null],
      ['helpful', null],
      ['I need help', null],
      ['pause please', null],
      ['timetable', null],
      ['joined the call', null],
      ['languages', null],
      ['时间过得真快', null],
      ['constructor', null],
      ['toString', null],
      ['__proto__', null],
      ['加入了群聊', null],
      ['语言不通', null],
    ]);
  });
});
