/**
 * The moment this build started: the one clock of a build. It decides which stories are
 * published yet (a story dated later waits for the next build) and what "the last two days"
 * of the news sitemap count back from, so the two always agree.
 */
export const BUILD_TIME = new Date();
