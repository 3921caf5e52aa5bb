import { data } from "react-router";

/** Any address no other route matches: the friendly 404 page with a real 404 status. */
export function loader() {
  throw data({ messageKey: "error.404.body" }, { status: 404 });
}

export default function NotFound() {
  return null;
}
