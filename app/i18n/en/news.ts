import type { news as pl } from "../pl/news";

/** English catalogue of news (Aktualności): the portal's list and pages, submission, moderation, feeds. */
export const news: Record<keyof typeof pl, string> = {
  "news.list.title": "News",
  "news.list.lead": "News from the municipality and from the non-governmental organisations of our city.",
  "news.list.empty": "No news has been published yet.",
  "news.meta.office": "News from the municipality",
  "news.page.back": "All news",
  "news.feeds": "Subscribe to the news:",
  "news.feed.rss": "RSS feed",
  "news.feed.atom": "Atom feed",
  "news.feed.title": "News — {tenant}",
  "news.feed.description": "News from the municipality and non-governmental organisations — {tenant}.",
  "news.link.news": "News",
  "news.link.submit": "Submit news",
  "news.home.title": "News",
  "news.home.all": "All news",

  "news.field.organization": "Organisation",
  "news.field.title": "Title",
  "news.field.lead": "Lead",
  "news.field.lead.hint": "One or two sentences, shown in the news list and in the RSS and Atom feeds.",
  "news.field.body": "Text",
  "news.field.body.hint": "Plain text without formatting. Separate paragraphs with a blank line.",
  "news.field.image": "Picture (optional)",
  "news.field.image.hint": "A JPG or PNG file of at most {mb} MB.",
  "news.field.imageAlt": "Picture description (alternative text)",
  "news.field.imageAlt.hint": "Required with a picture: describe what it shows for people who cannot see it.",

  "news.submit.title": "Submit news",
  "news.submit.lead":
    "Members of verified organisations may submit news about their work. The coordinator reviews it before publication.",
  "news.submit.loginFirst": "To submit news, log in with the account of an organisation member.",
  "news.submit.login": "Log in",
  "news.submit.noOrganization":
    "News may be submitted by owners and editors of verified organisations. You have no such role in any organisation.",
  "news.submit.myOrganizations": "My organisations",
  "news.submit.moderationHint":
    "After sending, the news waits for the coordinator's approval; we will tell you by e-mail.",
  "news.submit.submit": "Send for review",

  "news.notice.submitted": "Thank you. The news is waiting for the coordinator's approval.",
  "news.notice.approved":
    "The news has been approved and published. The organisation will be told by e-mail.",
  "news.notice.rejected": "The news has been rejected. The organisation will receive the reason by e-mail.",
  "news.notice.edited": "The corrections have been saved.",
  "news.notice.published": "The municipality's news has been published.",
  "news.notice.archived": "The news has been taken off the portal (archived).",

  "news.error.imageTooLarge": "The picture is too large: at most 2 MB.",
  "news.error.imageType": "The picture must be a JPG or PNG file.",
  "news.error.altRequired": "Describe the picture: alternative text is required with a picture.",
  "news.error.controlCharacters": "The text contains control characters that are not allowed.",
  "news.error.alreadyDecided": "Someone has already decided on this news. Reload the page.",
  "news.error.changedMeanwhile":
    "Someone changed this news meanwhile. Reload the page and make your corrections again.",

  "news.moderation.title": "News moderation",
  "news.moderation.lead":
    "News submitted by organisations waits here for a decision. You may correct it before approving or reject it with a reason.",
  "news.moderation.pending": "Waiting for a decision ({count})",
  "news.moderation.pending.empty": "No news is waiting for a decision.",
  "news.moderation.published": "Recently published",
  "news.moderation.approve": "Approve and publish",
  "news.moderation.edit": "Correct the text",
  "news.moderation.edit.save": "Save corrections",
  "news.moderation.reject": "Reject",
  "news.moderation.reject.reason": "Reason for rejection",
  "news.moderation.reject.hint": "The organisation receives it by e-mail.",
  "news.moderation.archive": "Take off the portal",
  "news.moderation.direct.title": "Publish the municipality's news",
  "news.moderation.direct.lead": "The municipality's news appears at once, without moderation.",
  "news.moderation.direct.submit": "Publish",
  "news.mine.title": "Your organisations' submissions",
  "news.mine.reason": "Reason:",
  "news.status.draft": "draft",
  "news.status.pending": "waiting for a decision",
  "news.status.published": "published",
  "news.status.rejected": "rejected",
  "news.status.archived": "taken off the portal",
  "news.office.link": "News moderation",

  "portal.home.link.submitNews": "Submit news",
  "portal.home.link.submitNews.hint": "Write about an event or a success of your organisation.",
};
