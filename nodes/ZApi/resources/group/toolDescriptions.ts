/** What an AI model is told about each Group operation (see shared/toolDescription.ts). */
import { TOOL_TEXT } from '../../shared/toolDescription';
import type { GroupOperation } from './index';

const { groupId, phones, notRepeatable } = TOOL_TEXT;

export const groupToolDescriptions: Record<GroupOperation, string> = {
	addParticipants: `Adds people to a WhatsApp group. Input: ${groupId}, and their ${phones}. People who cannot be added directly get a private invitation link instead. Returns added: true.`,
	create: `Creates a new WhatsApp group, with this account as its admin. Input: the group name, and the participants' ${phones}. Returns groupId, the new group's ID (e.g. 120363019502650977-group, also in phone): use it to send messages to the group and for every other group operation. Also returns invitationLink and phonesNotAdded (people who got a private invitation instead). Each call creates another group, even with the same name (unless this tool is set to return an existing group of that name: alreadyExisted: true in the answer): ${notRepeatable}.`,
	demoteAdmins: `Turns admins of a WhatsApp group back into ordinary participants. Input: ${groupId}, and their ${phones}. Returns demoted: true.`,
	getInvitationLink: `Gets the invitation link of a WhatsApp group, which anyone can use to join it. Input: ${groupId}. Returns invitationLink (https://chat.whatsapp.com/…).`,
	getMany: `Lists the WhatsApp groups this account is in, one entry per group with its groupName and groupId (e.g. 120363019502650977-group). Use it to find the ID of a group from its name.`,
	getMetadata: `Reads the details of a WhatsApp group. Input: ${groupId}. Returns groupName, description, participants (each with phone, isAdmin and isSuperAdmin), participantCount, adminPhones, its settings and invitationLink.`,
	leave: `Makes this WhatsApp account leave a group; only an admin of the group can add it back. Input: ${groupId}. Returns left: true.`,
	promoteAdmins: `Makes participants of a WhatsApp group its admins. Input: ${groupId}, and their ${phones}; they must be in the group already. Returns promoted: true.`,
	removeParticipants: `Removes people from a WhatsApp group. Input: ${groupId}, and their ${phones}. Returns removed: true.`,
	resetInvitationLink: `Replaces the invitation link of a WhatsApp group with a new one; the old link stops working. Input: ${groupId}. Returns the new invitationLink.`,
	updateDescription: `Changes the description of a WhatsApp group; this account must be one of its admins. Input: ${groupId}, and the new description. Returns descriptionUpdated: true.`,
	updateName: `Renames a WhatsApp group. Input: ${groupId}, and the new name. Returns renamed: true.`,
	updatePhoto: `Changes the photo of a WhatsApp group. Input: ${groupId}, and the photo as a public image URL (https://…), or as Base64 if the node's Photo Source is Base64. Returns photoUpdated: true.`,
	updateSettings: `Sets the four settings of a WhatsApp group at once, each true or false: only admins can send messages, only admins can edit the group info, admins approve new members, only admins can add members. A setting left out is turned off. Input: ${groupId}, and the settings. Returns settingsUpdated: true.`,
	acceptInvitation: `Makes this WhatsApp account join a group through its invitation link. Input: the link (e.g. https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT). Returns accepted: true. To see which group a link opens without joining, use Get Invitation Metadata.`,
	approveMembershipRequests: `Lets people who asked to join a WhatsApp group in (groups where admins approve new members; this account must be an admin). Input: ${groupId}, and the requesters' ${phones}. Returns approved: true.`,
	getInvitationMetadata: `Reads which WhatsApp group an invitation link opens, without joining it. Input: the link (e.g. https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT). Returns groupId (e.g. 120363019502650977-group), groupName, owner and participants (each with phone, isAdmin and isSuperAdmin); description and participantsCount when Z-API gives them (null otherwise).`,
	rejectMembershipRequests: `Turns down people who asked to join a WhatsApp group (groups where admins approve new members; this account must be an admin). Input: ${groupId}, and the requesters' ${phones}. Returns rejected: true.`,
};
