import { type ReceiveMessageOptions, type ReceiveMessageResult, receiveMessage } from "./receive-message";

/** A visitor writes to the coordinator through the contact form (stored in the inbox and mailed). */
export function sendContactMessage(options: ReceiveMessageOptions): Promise<ReceiveMessageResult> {
  return receiveMessage("contact", options);
}
