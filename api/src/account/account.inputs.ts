import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, passwordWeakness } from '../auth/password.js';
import { bilingual, validates } from '../core/validation.js';

@InputType({ description: 'A new account. The password needs at least 10 characters and may not be a well-known one.' })
export class SignUpInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;

  @Field(() => String, { description: 'How the person is shown to others in Koppel.' })
  name: string;
}

export const emailSchema = z.string().trim().max(254).pipe(z.email());

const WEAKNESS_MESSAGES = {
  TOO_SHORT: bilingual(
    `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`,
    `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`,
  ),
  TOO_COMMON: bilingual('Dit wachtwoord is te makkelijk te raden.', 'This password is too easy to guess.'),
  SAME_AS_EMAIL: bilingual('Het wachtwoord mag niet uw e-mailadres zijn.', 'The password may not be your e-mail address.'),
};

validates(
  SignUpInput,
  z
    .object({
      email: emailSchema,
      password: z.string().max(200),
      name: z.string().trim().min(1).max(120),
    })
    .superRefine((input, ctx) => {
      const weakness = passwordWeakness(input.password, input.email);
      if (weakness) ctx.addIssue({ code: 'custom', path: ['password'], ...WEAKNESS_MESSAGES[weakness] });
    }),
);
