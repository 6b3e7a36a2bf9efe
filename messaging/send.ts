import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundRequests, ContentRequest, ContentRequests } from './protocol';

/** `browser.tabs.sendMessage`, the one call the background makes to reach a content script. */
export interface ContentChannel {
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}

type BackgroundResponse<R extends BackgroundRequest> = BackgroundRequests[R['type']]['response'];
type ContentResponse<R extends ContentRequest> = ContentRequests[R['type']]['response'];

/** Sends a request to the background; the response type follows from the request's type. */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R>> {
  return (await browser.runtime.sendMessage(request)) as BackgroundResponse<R>;
}

/** Sends a request to the content script in a tab's top frame; the background hands over its `browser`. */
export async function sendToContent<R extends ContentRequest>(channel: ContentChannel, tabId: number, request: R): Promise<ContentResponse<R>> {
  return (await channel.tabs.sendMessage(tabId, request, { frameId: 0 })) as ContentResponse<R>;
}
