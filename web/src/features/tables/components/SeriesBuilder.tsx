import { useMutation } from '@apollo/client/react';
import { expandSeries } from '@koppel/rules';
import { type FormEvent, useMemo, useState } from 'react';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { orNull, useProblems } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { Actions, FormStack } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { ScheduleSeriesMutation } from '../graphql/scheduleSeries.mutation';
import { tableMessages } from '../messages';
import { amsterdamInstant, dayFromToday, formatDateTime, weekdayCode } from '../time';
import styles from './tables.module.css';

type Frequency = 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY';

/** The RFC 5545 rule for the builder's choices, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6`. */
export function buildRule(choice: {
  frequency: Frequency;
  firstDate: string;
  ends: 'COUNT' | 'UNTIL';
  count: string;
  until: string;
}): string {
  const parts =
    choice.frequency === 'MONTHLY'
      ? ['FREQ=MONTHLY']
      : ['FREQ=WEEKLY', ...(choice.frequency === 'BIWEEKLY' ? ['INTERVAL=2'] : []), `BYDAY=${weekdayCode(choice.firstDate)}`];
  if (choice.ends === 'COUNT') parts.push(`COUNT=${Number(choice.count) || 0}`);
  else parts.push(`UNTIL=${choice.until.replaceAll('-', '')}T235959Z`);
  return parts.join(';');
}

/** `scheduleSeries` from a rule builder: how often, which day and time, until when; the dates shown before saving. */
export function SeriesBuilder({
  tableId,
  online,
  location,
  onScheduled,
}: {
  tableId: string;
  online: boolean;
  location: string | null;
  onScheduled(): void;
}) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const [schedule, scheduling] = useMutation(ScheduleSeriesMutation);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [firstDate, setFirstDate] = useState(dayFromToday(14));
  const [time, setTime] = useState('19:30');
  const [duration, setDuration] = useState('90');
  const [frequency, setFrequency] = useState<Frequency>('BIWEEKLY');
  const [ends, setEnds] = useState<'COUNT' | 'UNTIL'>('COUNT');
  const [count, setCount] = useState('6');
  const [until, setUntil] = useState('');
  const [place, setPlace] = useState(location ?? '');
  const [joinUrl, setJoinUrl] = useState('');
  const rrule = buildRule({ frequency, firstDate, ends, count, until });
  const firstStartsAt = amsterdamInstant(firstDate, time);
  const preview = useMemo(
    () => (firstStartsAt ? expandSeries({ firstStartsAt: new Date(firstStartsAt), durationMinutes: Number(duration) || 60, rrule }) : null),
    [firstStartsAt, duration, rrule],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await schedule({
        variables: {
          tableId,
          input: {
            firstStartsAt: firstStartsAt ?? '',
            durationMinutes: Number(duration) || 0,
            rrule,
            location: online ? null : orNull(place),
            joinUrl: online ? orNull(joinUrl) : null,
          },
        },
      });
      toast(m.seriesScheduled);
      onScheduled();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.seriesTitle}>
      <FormStack>
        <p>{m.seriesLead}</p>
        <div className={styles.row}>
          <TextField
            label={m.firstDate}
            type="date"
            name="firstDate"
            value={firstDate}
            error={field('firstStartsAt')}
            onChange={(e) => setFirstDate(e.target.value)}
          />
          <TextField label={m.time} type="time" name="time" value={time} onChange={(e) => setTime(e.target.value)} />
          <TextField
            label={m.duration}
            type="number"
            inputMode="numeric"
            min={5}
            name="durationMinutes"
            value={duration}
            error={field('durationMinutes')}
            onChange={(e) => setDuration(e.target.value)}
          />
        </div>
        <div className={styles.row}>
          <SelectField
            label={m.frequency}
            name="frequency"
            options={[
              { value: 'WEEKLY', label: m.weekly },
              { value: 'BIWEEKLY', label: m.biweekly },
              { value: 'MONTHLY', label: m.monthly },
            ]}
            value={frequency}
            onChange={(e) => setFrequency(e.target.value as Frequency)}
          />
          <SelectField
            label={m.ends}
            name="ends"
            options={[
              { value: 'COUNT', label: m.afterCount },
              { value: 'UNTIL', label: m.onDate },
            ]}
            value={ends}
            onChange={(e) => setEnds(e.target.value as 'COUNT' | 'UNTIL')}
          />
          {ends === 'COUNT' ? (
            <TextField
              label={m.count}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              name="count"
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
          ) : (
            <TextField label={m.until} type="date" name="until" value={until} onChange={(e) => setUntil(e.target.value)} />
          )}
        </div>
        {online ? (
          <TextField
            label={m.joinOnline}
            optionalLabel={m.optional}
            type="url"
            name="joinUrl"
            value={joinUrl}
            error={field('joinUrl')}
            onChange={(e) => setJoinUrl(e.target.value)}
          />
        ) : (
          <TextField
            label={m.location}
            optionalLabel={m.optional}
            name="location"
            value={place}
            error={field('location')}
            onChange={(e) => setPlace(e.target.value)}
          />
        )}
        <p>
          {m.rule}: <code className={styles.address}>{rrule}</code>
        </p>
        <InlineError message={field('rrule')} />
        <div role="status" aria-live="polite">
          {preview && !preview.problem ? (
            <>
              <p>{m.preview(preview.sessions.length)}</p>
              <ol className={styles.preview} aria-label={m.preview(preview.sessions.length)}>
                {preview.sessions.map((session) => (
                  <li key={session.startsAt.toISOString()}>{formatDateTime(session.startsAt.toISOString(), language)}</li>
                ))}
              </ol>
            </>
          ) : (
            <p className={styles.error}>{m.invalidRule}</p>
          )}
        </div>
        <FormAlert problems={problems} placed={['firstStartsAt', 'durationMinutes', 'rrule', 'location', 'joinUrl']} />
        <Actions>
          <Button type="submit" variant="primary" busy={scheduling.loading} disabled={!preview || Boolean(preview.problem)}>
            {m.scheduleSeries}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}
