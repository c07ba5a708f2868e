import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { FundMatchesQuery } from '../graphql/fundMatches.query';
import { SetMatchAlertsMutation } from '../graphql/setMatchAlerts.mutation';
import { matchingMessages } from '../messages';
import styles from './AlertSettings.module.css';

/** The daily digest of new matches above a score: on, off, or another threshold. */
export function AlertSettings({ fundId, threshold }: { fundId: string; threshold: number | null }) {
  const m = useMessages(matchingMessages);
  const toast = useToast();
  const headingId = useId();
  const [value, setValue] = useState(threshold === null ? '' : String(threshold));
  const [error, setError] = useState<string | undefined>();
  const [setAlerts, setting] = useMutation(SetMatchAlertsMutation, {
    update(cache, { data }) {
      cache.updateQuery({ query: FundMatchesQuery, variables: { fundId } }, (current) =>
        current?.organisation?.fundProfile
          ? {
              ...current,
              organisation: {
                ...current.organisation,
                fundProfile: { ...current.organisation.fundProfile, matchAlertThreshold: data?.setMatchAlerts ?? null },
              },
            }
          : current,
      );
    },
  });

  const save = async (next: number | null) => {
    setError(undefined);
    if (next !== null && !(Number.isInteger(next) && next >= 0 && next <= 100)) {
      setError(m.alertsInvalid);
      return;
    }
    try {
      const result = await setAlerts({ variables: { fundId, threshold: next } });
      const saved = result.data?.setMatchAlerts ?? null;
      setValue(saved === null ? '' : String(saved));
      toast(m.alertsSaved(saved));
    } catch {
      toast(m.failed);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(value.trim() === '' ? null : Number(value));
  };

  return (
    <section className={styles.alerts} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.h2}>
        {m.alertsTitle}
      </h2>
      <form onSubmit={submit} noValidate className={styles.form}>
        <TextField
          label={m.alertsOn}
          hint={m.alertsHint}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          name="alertThreshold"
          value={value}
          error={error}
          onChange={(event) => setValue(event.target.value)}
        />
        <div className={styles.actions}>
          <Button type="submit" busy={setting.loading}>
            {m.alertsSave}
          </Button>
          {threshold !== null && (
            <Button variant="quiet" onClick={() => void save(null)}>
              {m.alertsOff}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
