/** Components editors may use in MDX stories without importing them. */
import Figure from './Figure.astro';
import MdxImage from './MdxImage.astro';
import Quote from './Quote.astro';
import Interview from './Interview.astro';
import Question from './Question.astro';
import Answer from './Answer.astro';
import Ref from './Ref.astro';
import Video from './Video.astro';

export const mdxComponents = { Figure, Quote, Interview, Question, Answer, Ref, Video, img: MdxImage };
