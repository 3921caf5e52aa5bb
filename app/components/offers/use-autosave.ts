import { type FormEvent, type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import type { SectionAnswer } from "../../lib/offers/answers";

/** How long after the last keystroke the section is saved in the background. */
export const AUTOSAVE_DELAY_MS = 3000;

/*
 * Background saving of a section's form (JavaScript only; "Zapisz" works without it). One save
 * at a time, always with the version the previous save answered, so the person's own saves never
 * conflict with each other; a full submit pressed during a background save waits for it.
 */
export function useAutosave(options: {
  form: RefObject<HTMLFormElement | null>;
  initialVersion: number;
  enabled: boolean;
}) {
  const fetcher = useFetcher<SectionAnswer>();
  const [version, setVersion] = useState(options.initialVersion);
  const versionRef = useRef(options.initialVersion);
  const changes = useRef(0);
  const sent = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waitingSubmit = useRef<HTMLElement | null>(null);
  const [blocked, setBlocked] = useState(false);
  const busy = fetcher.state !== "idle";
  const busyRef = useRef(busy);
  busyRef.current = busy;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const form = options.form.current;
    if (!form || !options.enabled || blocked || busyRef.current) return;
    if (changes.current === sent.current) return;
    const body = new FormData(form);
    body.set("intent", "autosave");
    body.set("version", String(versionRef.current));
    sent.current = changes.current;
    busyRef.current = true;
    fetcher.submit(body, { method: "post" });
  }, [fetcher, options.form, options.enabled, blocked]);

  /** Call on every input and change of the form. */
  const changed = useCallback(() => {
    if (!options.enabled || blocked) return;
    changes.current += 1;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [flush, options.enabled, blocked]);

  // The answer of a background save: the new version, or the refusal (which stops autosaving
  // on a conflict, so the other person's change is not hit again every 3 seconds).
  useEffect(() => {
    const answer = fetcher.data;
    if (!answer || fetcher.state !== "idle") return;
    if (answer.ok) {
      versionRef.current = answer.version;
      setVersion(answer.version);
      if (changes.current !== sent.current) timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    } else if (answer.code === "CONFLICT") {
      setBlocked(true);
    }
    const submitter = waitingSubmit.current;
    waitingSubmit.current = null;
    if (submitter) options.form.current?.requestSubmit(submitter);
  }, [fetcher.data, fetcher.state, flush, options.form]);

  // Leaving the tab or the window saves at once.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("blur", flush);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("blur", flush);
      document.removeEventListener("visibilitychange", onHide);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  /** For the form's onSubmit: a full save waits while a background save is on its way. */
  const beforeSubmit = useCallback((event: FormEvent<HTMLFormElement>) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (busyRef.current) {
      event.preventDefault();
      const native = event.nativeEvent as SubmitEvent;
      waitingSubmit.current = (native.submitter as HTMLElement | null) ?? null;
      return;
    }
    sent.current = changes.current;
  }, []);

  return {
    version,
    changed,
    beforeSubmit,
    busy,
    blocked,
    answer: fetcher.state === "idle" ? fetcher.data : undefined,
  };
}
