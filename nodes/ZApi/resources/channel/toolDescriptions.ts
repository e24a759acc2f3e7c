/** What an AI model is told about each Channel operation (see shared/toolDescription.ts). */
import { TOOL_TEXT } from '../../shared/toolDescription';
import type { ChannelOperation } from './index';

const channelId =
	'the channel ID (channelId in the answer of Create, Get Many or Search, e.g. 120363166555745933@newsletter)';

export const channelToolDescriptions: Record<ChannelOperation, string> = {
	create: `Creates a new WhatsApp channel owned by this account. Input: the channel name, and optionally its description. Returns channelId, the new channel's ID (e.g. 120363166555745933@newsletter): use it for every other channel operation, and as the recipient of a message to post in the channel. Each call creates another channel, even with the same name: ${TOOL_TEXT.notRepeatable}.`,
	delete: `Deletes a WhatsApp channel for good. Input: ${channelId}. Returns deleted: true.`,
	follow: `Makes this WhatsApp account follow a channel. Input: ${channelId}. Returns followed: true.`,
	getMany: `Lists the WhatsApp channels this account owns or follows, one entry per channel with channelId, name, description, subscribersCount, inviteLink and viewMetadata (mute ON or OFF, role OWNER or SUBSCRIBER). Use it to find the ID of a channel from its name.`,
	getMetadata: `Reads the details of a WhatsApp channel. Input: ${channelId}. Returns channelId, name, description, state, subscribersCount, inviteLink, verification, picture and viewMetadata (mute, role).`,
	mute: `Mutes a WhatsApp channel this account follows. Input: ${channelId}. Returns muted: true.`,
	search: `Searches WhatsApp's public channels. Input: two-letter country codes (e.g. BR, US), how many results at most, and optionally a text and a view (NEW, POPULAR, RECOMMENDED or TRENDING). Returns one entry per channel with channelId, name, description, subscribersCount and picture.`,
	unfollow: `Makes this WhatsApp account stop following a channel. Input: ${channelId}. Returns unfollowed: true.`,
	unmute: `Unmutes a WhatsApp channel this account follows. Input: ${channelId}. Returns unmuted: true.`,
	updateDescription: `Changes the description of a WhatsApp channel. Input: ${channelId}, and the new description. Returns descriptionUpdated: true.`,
	updateName: `Renames a WhatsApp channel. Input: ${channelId}, and the new name. Returns renamed: true.`,
	updatePicture: `Changes the picture of a WhatsApp channel. Input: ${channelId}, and the picture as a public image URL (https://…), or as Base64 if the node's Photo Source is Base64. Returns photoUpdated: true.`,
	updateSettings: `Sets which reactions followers can use on a WhatsApp channel's messages: all or basic. Input: ${channelId}, and the choice. Returns settingsUpdated: true.`,
};
