/** The moment this build started: what "the last two days" of the news sitemap count back from. */
export const BUILD_TIME = new Date();
