// Kept free of Electron imports so that it can be tested without Electron.

/** The page our window loads, as a file: URL without its fragment. */
export function expectedPageUrl(indexHtmlFileUrl: string): string {
  return indexHtmlFileUrl.split('#')[0]!;
}

/**
 * A call is accepted only from the main frame of our own window showing our own page: not from a
 * subframe, another window, or a page the window was somehow navigated to.
 */
export function isTrustedSender(sender: { isOurWindow: boolean; isMainFrame: boolean; frameUrl: string | undefined }, pageUrl: string): boolean {
  if (!sender.isOurWindow || !sender.isMainFrame || !sender.frameUrl) return false;
  return expectedPageUrl(sender.frameUrl) === expectedPageUrl(pageUrl);
}
