import { defineCollection } from 'astro:content';
import { reviewLoader } from './integrations/review-loader';
import { reviewSchema } from './schemas/review';

const reviews = defineCollection({
  loader: reviewLoader({ base: './content/reviews' }),
  schema: ({ image }) => reviewSchema(image),
});

export const collections = { reviews };
