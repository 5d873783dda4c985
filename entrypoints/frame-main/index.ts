/**
 * A frame's main part (start.ts), imported by the content script once the frame's text passed the
 * name gate (utils/frame-main.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFrameMain } from '@/utils/frame-main';
import { startFrameMain } from './start';

export default defineUnlistedScript(() => {
  registerFrameMain(startFrameMain);
});
