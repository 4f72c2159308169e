import { defineCollection } from 'astro:content';
import { listLoader } from './integrations/list-loader';
import { reviewLoader } from './integrations/review-loader';
import { listSchema } from './schemas/list';
import { reviewSchema } from './schemas/review';

const reviews = defineCollection({
  loader: reviewLoader({ base: './content/reviews' }),
  schema: ({ image }) => reviewSchema(image),
});

const lists = defineCollection({
  loader: listLoader({ base: './content/lists', reviews: './content/reviews' }),
  schema: ({ image }) => listSchema(image),
});

export const collections = { reviews, lists };
