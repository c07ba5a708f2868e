import type { ButtonHTMLAttributes } from 'react';
import styles from './Button.module.css';

export function Button({ type = 'button', ...button }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'>) {
  return <button className={styles.button} type={type} {...button} />;
}
