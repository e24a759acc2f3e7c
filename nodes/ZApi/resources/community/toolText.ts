/** What the Community operations' texts for AI models say the same way. */
export const COMMUNITY_ID_TEXT =
	'the community ID (communityId in the answer of Create or Get Many, digits only, e.g. 120363019502650977)';
