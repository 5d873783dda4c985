/**
 * Every word the side panel shows, in one place, so the interface can be translated without
 * hunting through the views. Functions where a number or a name goes into the sentence.
 */
export const SIDE_PANEL_TEXT = {
  title: 'Contextual Briefings',
  settings: 'Settings',
  onThisPage: 'On this page',
  mentionsListLabel: 'Mentions on this page, with each briefing',
  mentionCount: (count: number) => `${count} ${count === 1 ? 'mention' : 'mentions'}`,
  /** The jump's visible text is its whole name (WCAG 2.5.3): the entity's name is in it. */
  goTo: (name: string) => `Go to ${name}`,
  next: (name: string) => `Next mention of ${name}`,
  whatPageSays: 'What this page says about them',
  whatPageSaysIntro: 'The page’s own sentences that name each of them. Choose one to see it on the page.',
  sentencesOf: (name: string) => `Sentences about ${name}`,
  showSentence: 'Show this sentence on the page',
  noSentences: 'The page names them only in headings, links or captions, with no sentence around them.',
  loadingSentences: 'Reading the page’s sentences…',
  loading: 'Looking for mentions…',
  noTab: 'Open a web page in this window to see its mentions here.',
  unsupported: 'Briefings can’t run on this page (browser pages, the web store…). Open an ordinary web page to see its mentions.',
  off: 'Briefings are off. Turn them on in the toolbar popup to see this page’s mentions.',
  paused: (site: string) => `Briefings are paused on ${site}. Resume them from the toolbar popup to see this page’s mentions.`,
  notAllowed: (site: string) => `Briefings run only on your allowed sites, and ${site} is not one of them.`,
  noMentions: (story: string) => `No one from ${story} is mentioned on this page.`,
  livePolite: (count: number) => `${count} ${count === 1 ? 'mention' : 'mentions'} on this page`,
  noPacks: 'Every briefing pack is disabled. Turn one on in Settings → Briefing packs.',
} as const;
