import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: ButtonVariant;
  /** Shows the button as busy and blocks a second submit while a request runs. */
  busy?: boolean;
}

export function Button({ type = 'button', variant = 'secondary', busy = false, disabled, ...button }: ButtonProps) {
  return (
    <button
      className={`${styles.button} ${styles[variant]}`}
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...button}
    />
  );
}

/** A link that looks like a button: navigation, not an action. */
export function ButtonLink({ variant = 'secondary', ...link }: Omit<LinkProps, 'className'> & { variant?: ButtonVariant }) {
  return <Link className={`${styles.button} ${styles[variant]}`} {...link} />;
}

/** For a plain `href` outside the router (a file download). */
export function ButtonAnchor({
  variant = 'secondary',
  ...anchor
}: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className'> & { variant?: ButtonVariant }) {
  return <a className={`${styles.button} ${styles[variant]}`} {...anchor} />;
}
