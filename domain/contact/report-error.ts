import { type ReceiveMessageOptions, type ReceiveMessageResult, receiveMessage } from "./receive-message";

/** A visitor reports an error on a page of the portal (stored in the inbox and mailed to the coordinator). */
export function reportError(options: ReceiveMessageOptions): Promise<ReceiveMessageResult> {
  return receiveMessage("error_report", options);
}
