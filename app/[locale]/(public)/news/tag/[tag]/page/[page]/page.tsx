import { NewsListView, newsListMetadata, type NewsListRouteParams } from "@/components/news/news-list-view";

type Props = { params: NewsListRouteParams };

// Rendered on first request, then cached (ISR) like the first page.
export const generateStaticParams = () => [];
export const generateMetadata = ({ params }: Props) => newsListMetadata(params);

export default function NewsTagPage({ params }: Props) {
  return <NewsListView params={params} />;
}
