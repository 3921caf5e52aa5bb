import type { RouterContextProvider } from "react-router";
import type { ReceiveMessageOptions, ReceiveMessageResult } from "~/domain/contact/receive-message";
import { runAction } from "../http.server";
import { newsDeps, typedValues, withNotice } from "./news-route.server";

/**
 * The action of both public forms: the use case decides (rate limit, honeypot, validation); a
 * success — also a bot's silently dropped message — goes back to the page with "sent".
 */
export async function contactAction(
  request: Request,
  context: Readonly<RouterContextProvider>,
  useCase: (options: ReceiveMessageOptions) => Promise<ReceiveMessageResult>,
  path: string,
) {
  const values = typedValues(await request.formData());
  return runAction(async () => {
    await useCase({ ...newsDeps(context), input: values });
    return withNotice(path, "sent");
  }, values);
}
